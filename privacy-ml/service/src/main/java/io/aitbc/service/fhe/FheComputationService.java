package io.aitbc.service.fhe;

import io.aitbc.service.jobs.ProgressUpdate;
import jakarta.ejb.Local;

/**
 * Encrypted inference on the server: the FHE profile clients fetch, and the operations the {@code fhe-inference}
 * batch job is made of. A job resumes where its last checkpoint left it: {@link #resume} opens the evaluation
 * (after the last committed layer), {@link #evaluateNextLayer} computes one layer, {@link #checkpoint} stores
 * the ciphertext and the progress in the caller's (chunk) transaction, {@link #complete} turns the final
 * ciphertext into the job's result. The server only ever holds ciphertexts and the consumer's public keys.
 */
@Local
public interface FheComputationService {

    /** The FHE profile (JSON) of a model version, the latest if {@code versionNumber} is null (409 if it has none). */
    String profileJson(long modelId, Integer versionNumber);

    /** Opens the job's evaluation at its last checkpoint (or at its input). */
    FheEvaluation resume(long jobId);

    /** Evaluates the next layer (pure computation; no transaction needed). */
    void evaluateNextLayer(FheEvaluation evaluation);

    /** Stores the evaluation's current ciphertext as the job's checkpoint, with its progress. */
    void checkpoint(FheEvaluation evaluation, ProgressUpdate progress);

    /**
     * Stores the ciphertext after the last layer as the job's result and completes the job, exactly once: a job
     * that is already finished is left as it is.
     */
    void complete(long jobId);
}
