package io.aitbc.service.inference;

import io.aitbc.domain.job.PrivacyLevel;
import java.util.Objects;

/**
 * A consumer's request to run a model.
 *
 * @param level                privacy level
 * @param verificationRequired whether the result must come with a verified proof
 * @param versionNumber        model version to run, or null for the latest
 * @param keySetId             the consumer's uploaded key set (fhe, hybrid), or null
 * @param inputPayloadId       an input stored earlier, or null
 * @param input                the input itself (for fhe: the ciphertext in the fhe binary format), or null
 */
public record InferenceSubmission(PrivacyLevel level, boolean verificationRequired, Integer versionNumber, Long keySetId,
                                  Long inputPayloadId, byte[] input) {

    public InferenceSubmission {
        Objects.requireNonNull(level, "level");
        if (inputPayloadId != null && input != null) {
            throw new IllegalArgumentException("give the input or the id of a stored input, not both");
        }
        input = input == null ? null : input.clone();
    }

    @Override
    public byte[] input() {
        return input == null ? null : input.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InferenceSubmission s && s.level == level && s.verificationRequired == verificationRequired
                && Objects.equals(s.versionNumber, versionNumber) && Objects.equals(s.keySetId, keySetId)
                && Objects.equals(s.inputPayloadId, inputPayloadId) && java.util.Arrays.equals(s.input, input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, verificationRequired, versionNumber, keySetId, inputPayloadId,
                java.util.Arrays.hashCode(input));
    }

    @Override
    public String toString() {
        return "InferenceSubmission[" + level + ", verificationRequired=" + verificationRequired + ", version="
                + versionNumber + ", keySet=" + keySetId + ", inputPayload=" + inputPayloadId
                + ", input=" + (input == null ? "none" : input.length + " bytes") + "]";
    }
}
