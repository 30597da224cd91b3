package io.aitbc.web.api;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.service.keys.KeySetService;
import io.aitbc.service.keys.KeySetView;
import io.aitbc.service.keys.KeyUpload;
import io.aitbc.web.problem.MaxRequestBody;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consumers' FHE key sets (public key + evaluation keys, generated on their machines for a model's profile).
 * A consumer sees only its own key sets; another's is a 404.
 */
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keys")
public class KeyResource {

    /** Evaluation keys grow with the ring size and the rotations a model needs (ckks-16384 models: ~100-200 MB). */
    static final long KEY_UPLOAD_LIMIT = 256L << 20;

    @Inject
    KeySetService keys;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONSUMER)
    @MaxRequestBody(KEY_UPLOAD_LIMIT)
    @Operation(summary = "Upload a key set for model ?modelId= (&version=): parts 'publicKey' and 'evaluationKeys' in the"
            + " fhe binary format; 400 if malformed, 422 for another parameter set or missing rotation keys")
    public Response upload(@BeanParam @Valid ModelRef model, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.read(parts, Set.of("publicKey", "evaluationKeys"));
        KeyUpload upload = unlessRejected(() -> new KeyUpload(form.bytes("publicKey"), form.bytes("evaluationKeys")));
        KeySetView created = keys.upload(caller.get(), model.modelId, model.version, upload);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The caller's key sets")
    public List<KeySetView> list() {
        return keys.list(caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    public KeySetView get(@PathParam("id") long id) {
        return keys.get(caller.get(), id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Delete a key set (409 while queued or running jobs use it)")
    public Response delete(@PathParam("id") long id) {
        keys.delete(caller.get(), id);
        return Response.noContent().build();
    }

    /** ?modelId=&version= on key uploads: the profile the keys were generated for. */
    public static class ModelRef {
        @QueryParam("modelId")
        @NotNull
        @Min(1)
        public Long modelId;
        @QueryParam("version")
        @Min(1)
        public Integer version;
    }
}
