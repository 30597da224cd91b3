package io.aitbc.batch.common;

import io.aitbc.service.jobs.BatchJobs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;

/** Helpers shared by batch artifacts. */
public final class JobSteps {

    private JobSteps() {
    }

    /**
     * The job id: the job-level property {@code jobId}, which every platform job XML sets from the job parameter
     * ({@code <property name="jobId" value="#{jobParameters['jobId']}"/>}).
     */
    public static long jobId(JobContext job) {
        String property = job.getProperties().getProperty(BatchJobs.JOB_ID);
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("batch job " + job.getJobName() + " was started without the jobId parameter");
        }
        return Long.parseLong(property.trim());
    }

    /** Whether the batch execution ended without success (FAILED or STOPPED): for job listeners' afterJob. */
    public static boolean endedWithoutSuccess(JobContext job) {
        BatchStatus status = job.getBatchStatus();
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** A failure reason for the job's owner: the innermost message, without stack traces or internals. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
        if (root instanceof OutOfMemoryError) {
            message = "the server ran out of memory (" + message + ")";
        }
        return message;
    }
}
