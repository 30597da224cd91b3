package io.aitbc.service.jobs;

import io.aitbc.domain.job.JobResult;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The life cycle of jobs as the batch infrastructure drives it, for every kind of job: launched executions,
 * the start (or resumption) of work, progress, failure with a reason, success. Batch artifacts call this
 * (and the job kind's own service) rather than the repositories.
 */
@Local
public interface JobTracker {

    JobState state(long jobId);

    /** Jobs that are queued or running (to launch or restart them when the server starts), oldest first. */
    List<JobState> unfinished();

    /** Counts a restart of a running job whose batch execution the server's stop interrupted (before restarting it). */
    void restarting(long jobId);

    /**
     * The execution begins or resumes the job's work: the job becomes RUNNING and records the execution (which
     * the recovery restarts if the server stops). Returns the job's state; a job that is already finished (it
     * completed before a crash interrupted its batch execution) must not be worked on.
     */
    JobState begin(long jobId, long executionId);

    /** Records progress (percent, current step, ETA) of a running job; ignored once the job is finished. */
    void progress(long jobId, ProgressUpdate update);

    /** Fails the job with a reason, in a transaction of its own (the work's transaction may have rolled back). */
    void fail(long jobId, String reason);

    /** Completes a running job with its result. */
    void succeed(long jobId, JobResult result);

    /** Completes a running preparation job (circuit build, ...), whose products live elsewhere. */
    void complete(long jobId);
}
