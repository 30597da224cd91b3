package io.aitbc.service.zkml;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A stored proof: snarkjs proof.json ({@code proof}) and public.json ({@code publicSignals}), the statement they make
 * (ZKML-SPEC §4), the last verification and the chain anchoring.
 *
 * @param logits the public logits as signed fixed-point integers ({@code fractionBits} fractional bits)
 */
public record ProofView(long id, Long jobId, long modelId, int modelVersion, String system, JsonObject proof,
                        JsonArray publicSignals, String modelCommitment, String inputHash, String outputHash,
                        int predictedClass, List<Long> logits, String archHash, String verificationStatus,
                        Instant verifiedAt, Long verificationMicros, String anchorStatus, String anchorTransaction,
                        String anchorReference, String anchorError, Instant anchoredAt, Instant createdAt) {
}
