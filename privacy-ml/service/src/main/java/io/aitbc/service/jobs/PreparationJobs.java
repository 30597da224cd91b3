package io.aitbc.service.jobs;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Queues a job that prepares a model version (circuit build, encoding) for the version's owner, run by the named
 * batch job, which is launched once the caller's transaction commits.
 */
@ApplicationScoped
public class PreparationJobs {

    @Inject
    InferenceJobRepository jobs;

    @Inject
    ModelRepository models;

    @Inject
    Event<JobSubmitted> submitted;

    /** The stored job (its id assigned). Call inside the transaction that records the job on the version. */
    public InferenceJob queue(ModelVersion version, JobKind kind, String batchJobName) {
        InferenceJob job = InferenceJob.preparation(version.model().owner(), version, kind, Instant.now());
        job.runBy(batchJobName);
        InferenceJob stored = jobs.store(job);
        submitted.fire(new JobSubmitted(stored.id(), batchJobName));
        return stored;
    }

    /** The version a preparation job of this kind works on; 404 for an unknown job. */
    public ModelVersion versionOf(long jobId, JobKind kind) {
        return job(jobId, kind).modelVersion();
    }

    /** The preparation job of this kind; 404 for an unknown job. */
    public InferenceJob job(long jobId, JobKind kind) {
        InferenceJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        if (job.kind() != kind) {
            throw new IllegalArgumentException("job " + jobId + " is a " + job.kind() + " job, not " + kind);
        }
        return job;
    }

    /** The version; 404 if there is none. */
    public ModelVersion version(long versionId) {
        return models.findVersion(versionId).orElseThrow(() -> new NotFoundException("model version", versionId));
    }
}
