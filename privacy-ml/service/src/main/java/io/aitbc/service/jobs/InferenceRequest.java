package io.aitbc.service.jobs;

import io.aitbc.domain.job.PrivacyLevel;

/**
 * A consumer's request to run a model.
 *
 * @param level                privacy level
 * @param verificationRequired whether the result must come with a verified proof
 * @param versionNumber        model version to run, or null for the latest
 * @param keySetId             the consumer's uploaded key set (fhe and hybrid), or null
 * @param inputPayloadId       the uploaded input, or null if it follows later
 */
public record InferenceRequest(PrivacyLevel level, boolean verificationRequired, Integer versionNumber,
                               Long keySetId, Long inputPayloadId) {
}
