package io.aitbc.service.zkml;

import java.time.Instant;

/**
 * The verdict on a proof.
 *
 * @param outcome            valid, wrong_signal_count, other_model, invalid_output or invalid_proof
 * @param verificationMicros how long the check took on the server
 * @param recorded           whether the verdict was recorded on the stored proof (false for a submitted proof)
 */
public record VerificationResult(long proofId, boolean valid, String outcome, String detail, long verificationMicros,
                                 Instant verifiedAt, boolean recorded) {
}
