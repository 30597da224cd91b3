package io.aitbc.web.api;

import io.aitbc.service.encoding.EncodingView;
import io.aitbc.service.encoding.ModelEncodingService;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The encoding of a model version (model-encoding job): status with the job's progress, figures, a new run. */
@Path("models/{id}/versions/{version}/encoding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class EncodingResource {

    @Inject
    ModelEncodingService encodings;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Encoding status (not_started, encoding, ready, failed with the reason), the job's progress"
            + " (percent, step, ETA), whether the weights are sealed, and the precomputed FHE layers and their size")
    public EncodingView get(@PathParam("id") long modelId, @PathParam("version") int version) {
        return encodings.encoding(modelId, version);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Encode the version again (its owner), e.g. after a failure or a key rotation; 202 with the"
            + " job id, 409 while it is being encoded")
    public Response reencode(@PathParam("id") long modelId, @PathParam("version") int version) {
        long job = encodings.reencode(caller.get(), modelId, version);
        return Response.accepted(encodings.encoding(modelId, version)).header("X-Job-Id", job).build();
    }
}
