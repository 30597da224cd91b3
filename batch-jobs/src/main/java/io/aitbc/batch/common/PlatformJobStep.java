package io.aitbc.batch.common;

import io.aitbc.service.jobs.JobTracker;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * A batchlet that runs one named step (its batch step property {@code step}) of a platform job. Before the step it
 * records that the execution works on the job ({@link JobTracker#begin}); a job that is already finished (it
 * completed before a crash interrupted its batch execution) is not worked on again, except by the steps that
 * {@link #runsAfterCompletion} names.
 */
public abstract class PlatformJobStep extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "step")
    String step;

    @Inject
    JobTracker tracker;

    @Override
    public final String process() {
        long jobId = JobSteps.jobId(jobContext);
        if (runsAfterCompletion(step) || !tracker.begin(jobId, jobContext.getExecutionId()).finished()) {
            run(jobId, step);
        }
        return "COMPLETED";
    }

    /** Runs the step {@code step} of the job {@code jobId}. */
    protected abstract void run(long jobId, String step);

    /** Steps that run even when the job is finished (e.g. optional work after it). None by default. */
    protected boolean runsAfterCompletion(String step) {
        return false;
    }

    /** The running job's context (its execution, transient data). */
    protected JobContext jobContext() {
        return jobContext;
    }
}
