package io.aitbc.marketplace.reputation;

import io.aitbc.domain.marketplace.ProofVerificationRecord;
import java.time.Instant;

/** One entry of the proof verification history. */
public record VerificationView(long id, long modelId, Long proofId, boolean verified, Long micros, Instant verifiedAt) {

    static VerificationView of(ProofVerificationRecord r) {
        return new VerificationView(r.id(), r.modelId(), r.proofId().orElse(null), r.verified(),
                r.micros().orElse(null), r.verifiedAt());
    }
}
