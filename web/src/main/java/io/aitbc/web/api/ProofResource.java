package io.aitbc.web.api;

import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.service.zkml.ProofView;
import io.aitbc.service.zkml.SubmittedProof;
import io.aitbc.service.zkml.VerificationResult;
import io.aitbc.service.zkml.ZkProofService;
import io.aitbc.web.problem.MaxRequestBody;
import io.aitbc.web.security.CurrentCaller;
import io.aitbc.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * zkML proofs: read (snarkjs proof.json and public.json with the statement), verify (the stored proof, recorded for
 * reputation, or a submitted one against the same model), and the verification key. The job's owner and admins only.
 */
@Path("ml/proofs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "proofs")
public class ProofResource {

    /** A Groth16 proof with its public signals is about a kilobyte; a model with many classes adds a few. */
    static final long PROOF_LIMIT = 1L << 20;

    @Inject
    ZkProofService proofs;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "A proof: 'proof' (snarkjs proof.json), 'publicSignals' (public.json), the statement (model"
            + " commitment, input hash, output hash, class, logits), the last verification and the chain anchoring")
    public ProofView get(@PathParam("id") long id) {
        return proofs.get(caller.get(), id);
    }

    @GET
    @Path("{id}/verification-key")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "The verification key of the proof's model version (snarkjs verification_key.json)")
    public Response verificationKey(@PathParam("id") long id) {
        return Response.ok(proofs.verificationKey(caller.get(), id), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/verify")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @MaxRequestBody(PROOF_LIMIT)
    @Operation(summary = "Verify the stored proof (no body; the verdict is recorded and counts for the listing's"
            + " reputation), or a submitted {proof, publicSignals} against the same model version; returns the verdict"
            + " and the verification time. 400 for a malformed submitted proof")
    public VerificationResult verify(@PathParam("id") long id, String body) {
        return proofs.verify(caller.get(), id, submitted(body));
    }

    @POST
    @Path("{id}/anchor")
    @RolesAllowed({Roles.CONSUMER, Roles.ADMIN})
    @Operation(summary = "Anchor a verified proof on chain (again, e.g. after the node was unreachable); the proof with"
            + " its anchoring state (anchored with the transaction, or failed with the reason). 409 when the proof is not"
            + " verified or the server does not anchor proofs")
    public ProofView anchor(@PathParam("id") long id) {
        return proofs.anchor(caller.get(), id);
    }

    private static SubmittedProof submitted(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonValue v;
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            v = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getMessage());
        }
        if (!(v instanceof JsonObject o) || !(o.get("proof") instanceof JsonObject)
                || o.get("publicSignals") == null || o.get("publicSignals").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidRequestException("a submitted proof is {\"proof\": {snarkjs proof.json}, \"publicSignals\":"
                    + " [snarkjs public.json]}");
        }
        return new SubmittedProof(o.get("proof").toString(), o.get("publicSignals").toString());
    }
}
