package io.aitbc.service.jobs;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobStatus;
import java.time.Instant;

/**
 * What the batch infrastructure needs to know about a job: its status, the batch job that runs it and the
 * execution that last began working on it (null if none yet).
 */
public record JobState(long jobId, JobStatus status, String batchJobName, Long batchExecutionId, int restarts,
                       Instant submittedAt) {

    static JobState of(InferenceJob j) {
        return new JobState(j.id(), j.status(), j.batchJobName().orElse(null), j.batchExecutionId().orElse(null),
                j.restarts(), j.submittedAt());
    }

    public boolean finished() {
        return status.isFinal();
    }
}
