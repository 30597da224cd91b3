package io.aitbc.marketplace.reputation;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of checking one proof of a model.
 *
 * @param modelId  the model whose committed weights the proof is about
 * @param proofId  the stored proof, or null for a proof the platform does not store (e.g. uploaded for checking)
 * @param verified true when the proof verified, false when it was rejected
 * @param took     how long the verification took, or null when not measured
 */
public record VerificationOutcome(long modelId, Long proofId, boolean verified, Duration took) {

    public VerificationOutcome {
        if (modelId < 1) {
            throw new IllegalArgumentException("model ids are positive");
        }
        if (took != null && took.isNegative()) {
            throw new IllegalArgumentException("a verification cannot take negative time");
        }
    }

    public static VerificationOutcome verified(long modelId, Long proofId, Duration took) {
        return new VerificationOutcome(modelId, proofId, true, Objects.requireNonNull(took));
    }

    public static VerificationOutcome rejected(long modelId, Long proofId, Duration took) {
        return new VerificationOutcome(modelId, proofId, false, Objects.requireNonNull(took));
    }
}
