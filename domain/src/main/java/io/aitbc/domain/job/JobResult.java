package io.aitbc.domain.job;

/**
 * What a finished job produced: the result payload (e.g. the output ciphertext) and the proof, each
 * optional depending on the privacy level.
 */
public record JobResult(Long resultPayloadId, Long proofId) {

    public JobResult {
        if (resultPayloadId == null && proofId == null) {
            throw new IllegalArgumentException("a job result names a result payload, a proof or both");
        }
    }
}
