package io.aitbc.batch.common;

import io.aitbc.service.jobs.JobTracker;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records why a job failed: as a step listener, the exception that failed the step; as a job listener, a
 * batch execution that ended FAILED or STOPPED without a recorded reason. Every platform job XML lists it
 * ({@code <listener ref="jobFailureRecorder"/>} at job and step level). A server that stops abruptly records
 * nothing: the job stays RUNNING and the recovery restarts it.
 */
@Named("jobFailureRecorder")
@Dependent
public class JobFailureRecorder implements StepListener, JobListener {


    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    JobTracker tracker;

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception failure = stepContext.getException();
        if (failure != null) {
            tracker.fail(JobSteps.jobId(jobContext), "step " + stepContext.getStepName() + " failed: " + JobSteps.reason(failure));
        }
    }

    @Override
    public void beforeJob() {
        // nothing to prepare
    }

    @Override
    public void afterJob() {
        if (JobSteps.endedWithoutSuccess(jobContext)) {
            long id = JobSteps.jobId(jobContext);
            if (!tracker.state(id).finished()) {
                tracker.fail(id, "the batch job ended " + jobContext.getBatchStatus().name().toLowerCase()
                        + " (exit status " + jobContext.getExitStatus() + ")");
            }
        }
    }
}
