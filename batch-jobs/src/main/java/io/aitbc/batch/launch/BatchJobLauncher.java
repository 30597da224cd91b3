package io.aitbc.batch.launch;

import io.aitbc.service.jobs.JobSubmitted;
import io.aitbc.service.jobs.JobTracker;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Starts the batch job of every submitted job once the submitting transaction has committed (so that the job's
 * rows are visible to the batch thread), with job parameter {@code jobId}. A batch job that cannot be started
 * fails the job with the reason. Jobs submitted while the server was stopping are launched by the recovery.
 */
@ApplicationScoped
public class BatchJobLauncher {

    private static final Logger LOG = Logger.getLogger(BatchJobLauncher.class.getName());

    @Inject
    BatchOperations batch;

    @Inject
    JobTracker tracker;

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSubmitted submitted) {
        start(submitted.jobId(), submitted.batchJobName());
    }

    /** Starts a new batch execution for the job (which records itself on the job when it begins). */
    public void start(long jobId, String batchJobName) {
        try {
            long execution = batch.start(batchJobName, jobId);
            LOG.fine(() -> "job " + jobId + ": started batch job " + batchJobName + ", execution " + execution);
        } catch (JobStartException | NoSuchJobException | EJBException e) {
            tracker.fail(jobId, "the batch job " + batchJobName + " could not be started: " + e.getMessage());
        }
    }
}
