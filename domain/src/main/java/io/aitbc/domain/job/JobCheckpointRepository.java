package io.aitbc.domain.job;

import java.util.Optional;

/** The checkpoints of restartable jobs, one per job. */
public interface JobCheckpointRepository {

    Optional<JobCheckpoint> find(long jobId);

    JobCheckpoint store(JobCheckpoint checkpoint);

    /** Forgets a finished job's checkpoint (no-op if it has none). */
    void remove(long jobId);
}
