package io.aitbc.web.api;

import io.aitbc.service.zkml.CircuitView;
import io.aitbc.service.zkml.ZkCircuitService;
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

/** The zkML circuit of a model version: status with the build job's progress, its verification key, a rebuild. */
@Path("models/{id}/versions/{version}/circuit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class CircuitResource {

    @Inject
    ZkCircuitService circuits;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Circuit status (not_built, building, ready, failed with the reason), the build job's progress"
            + " (percent, step, ETA), constraints, domain and the powers of tau it was set up from")
    public CircuitView get(@PathParam("id") long modelId, @PathParam("version") int version) {
        return circuits.circuit(modelId, version);
    }

    @GET
    @Path("verification-key")
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The inference circuit's verification key (snarkjs verification_key.json); 409 until ready")
    public Response verificationKey(@PathParam("id") long modelId, @PathParam("version") int version) {
        return Response.ok(circuits.verificationKey(modelId, version), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("build")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    @Operation(summary = "Build the circuit again after a failed build (its owner); 202 with the job id, 409 while"
            + " building or ready")
    public Response rebuild(@PathParam("id") long modelId, @PathParam("version") int version) {
        long job = circuits.rebuild(caller.get(), modelId, version);
        return Response.accepted(circuits.circuit(modelId, version)).header("X-Job-Id", job).build();
    }
}
