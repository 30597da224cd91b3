package io.aitbc.web.api;

import io.aitbc.service.hybrid.HybridInferenceService;
import io.aitbc.service.keys.KeySetView;
import io.aitbc.web.problem.MaxRequestBody;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Hybrid inference (docs/HYBRID.md), besides job submission (POST /ml/models/{id}/inference with privacyLevel
 * hybrid): the profile and circuit files a client needs to prove its key and input and to verify the evaluation,
 * and key registration with a key proof.
 */
@Path("ml")
@RequestScoped
@Tag(name = "inference")
public class HybridResource {

    /** A BFV public key at N = 8192 (two 60-bit primes) is about 260 KB; the key proof about 1 KB. */
    static final long KEY_LIMIT = 4L << 20;

    @Inject
    HybridInferenceService hybrid;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Path("models/{id}/hybrid-profile")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The hybrid profile of a model version (latest unless ?version=): parameter set, dense layer shape,"
            + " input range and the circuits to download; 422 if the protocol does not cover the model")
    public Response profile(@PathParam("id") long modelId, @BeanParam @Valid JobResource.VersionParam version) {
        return Response.ok(hybrid.profileJson(modelId, version.version), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("hybrid/circuits/{circuit}/{file}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OWNER, Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "A file of a circuit named by a hybrid profile: zkey (proving key), wasm (witness calculator) or"
            + " verification-key (snarkjs JSON)")
    public Response circuitFile(@PathParam("circuit") String circuit, @PathParam("file") String file) {
        java.nio.file.Path path = hybrid.circuitFile(circuit, file)
                .orElseThrow(() -> new NotFoundException("no file " + file + " of a built hybrid circuit " + circuit));
        return Response.ok(path.toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE).build();
    }

    @POST
    @Path("hybrid/keys")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSUMER)
    @MaxRequestBody(KEY_LIMIT)
    @Operation(summary = "Register a BFV public key for hybrid inference: parts 'publicKey' (fhe format) and 'keyProof'"
            + " (hybrid format); 422 unless the key proof verifies")
    public Response registerKey(List<EntityPart> parts) {
        MultipartForm form = MultipartForm.read(parts, Set.of("publicKey", "keyProof"));
        KeySetView created = hybrid.registerKey(caller.get(), form.bytes("publicKey"), form.bytes("keyProof"));
        return Response.created(uri.getBaseUriBuilder().path("keys").path(Long.toString(created.id())).build())
                .entity(created).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
