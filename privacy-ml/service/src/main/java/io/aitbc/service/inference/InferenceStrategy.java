package io.aitbc.service.inference;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;

/**
 * How one privacy level runs inference: a CDI bean ({@code @ApplicationScoped}) per level, discovered by
 * {@link PrivacyPreservingMlService}, so that a level is added by adding an implementation (no dispatcher
 * edit). The dispatcher resolves the model version, calls {@link #prepare} inside its transaction, stores the
 * job and has {@link #batchJobName()} launch it once the transaction has committed.
 */
public interface InferenceStrategy {

    /** The level this strategy serves; exactly one strategy per level may be deployed. */
    PrivacyLevel level();

    /** The Jakarta Batch job (job XML name) that runs this level's jobs, with job parameter {@code jobId}. */
    String batchJobName();

    /**
     * Checks the submission against the version and the consumer's own keys and inputs, stores what the job needs
     * (e.g. its input payload) and returns the queued job, not yet stored. Refusals are the domain's exceptions
     * (400 {@code InvalidRequestException}, 404 {@code NotFoundException} for anything the consumer does not own,
     * 409 {@code ConflictException}, 422 {@code UnprocessableException}); the dispatcher's transaction then rolls
     * back whatever was stored, so nothing is half-written.
     */
    InferenceJob prepare(Caller consumer, ModelVersion version, InferenceSubmission submission);
}
