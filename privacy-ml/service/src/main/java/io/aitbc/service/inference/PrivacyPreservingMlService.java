package io.aitbc.service.inference;

import io.aitbc.domain.shared.Caller;
import io.aitbc.service.jobs.JobView;
import jakarta.ejb.Local;

/**
 * Inference at a privacy level ({@code fhe}, {@code zkml}, {@code hybrid}, with {@code verificationRequired}):
 * dispatches each submission to the level's {@link InferenceStrategy}, stores the queued job and launches its
 * batch job after the commit. A level without a deployed strategy is refused (422). Results are served to the
 * job's owner only.
 */
@Local
public interface PrivacyPreservingMlService {

    /** Validates and queues the job (202 for the API); nothing is stored when it is refused. */
    JobView submit(Caller consumer, long modelId, InferenceSubmission submission);

    /** The result of the caller's finished job (404 for anyone else's job; 409 while it has none). */
    ResultDownload result(Caller caller, long jobId);
}
