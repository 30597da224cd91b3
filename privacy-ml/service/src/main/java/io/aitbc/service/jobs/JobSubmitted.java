package io.aitbc.service.jobs;

/**
 * CDI event: a job was stored and waits for its batch job. Fired inside the submitting transaction; the batch
 * module's launcher observes it after the commit and starts {@code batchJobName} with job parameter
 * {@code jobId}. Services that queue work of their own (circuit setup, proofs, benchmarks) store an
 * {@link io.aitbc.domain.job.InferenceJob} named with its batch job and fire this event.
 */
public record JobSubmitted(long jobId, String batchJobName) {
}
