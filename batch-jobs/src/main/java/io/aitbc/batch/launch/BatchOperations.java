package io.aitbc.batch.launch;

import io.aitbc.service.jobs.BatchJobs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Every call of the platform to the batch runtime's JobOperator goes through this one bean. Payara tags each job
 * with the component that started it and lets only that component restart or inspect it, so starting jobs from
 * a REST request and restarting them from the recovery timer must both happen inside the same component.
 * The calls run outside any transaction: the runtime manages its repository's connections itself, and on
 * PostgreSQL (transactional DDL) its tables, created on first use, vanished with a caller's rolled-back
 * transaction ("relation jobinstancedata does not exist", measured).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    /** Starts a new execution of the batch job for the platform job {@code jobId}; returns its id. */
    public long start(String batchJobName, long jobId) {
        return operator().start(batchJobName, parameters(jobId));
    }

    /** Restarts an ended (FAILED or STOPPED) execution from its checkpoint; returns the new execution's id. */
    public long restart(long execution, long jobId) {
        // Restarts get their parameters anew: the runtime does not keep the first execution's.
        return operator().restart(execution, parameters(jobId));
    }

    /** The execution's status, or empty if the repository does not know it. */
    public Optional<BatchStatus> status(long execution) {
        try {
            return Optional.of(operator().getJobExecution(execution).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** Executions still marked running that were created before {@code instant} (by a JVM that has stopped since). */
    public List<Long> runningExecutionsCreatedBefore(Instant instant) {
        JobOperator operator = operator();
        List<Long> found = new ArrayList<>();
        for (String name : operator.getJobNames()) {
            for (long execution : runningExecutions(operator, name)) {
                JobExecution e = operator.getJobExecution(execution);
                if (RUNNING.contains(e.getBatchStatus()) && e.getCreateTime() != null
                        && e.getCreateTime().toInstant().isBefore(instant)) {
                    found.add(execution);
                }
            }
        }
        return found;
    }

    /**
     * The job's running executions. IBM JBatch throws NoSuchJobException for a known job name that has none running
     * (its executions all ended): that is an empty list here. Unhandled, it aborted the whole crash recovery as soon
     * as any job name had only ended executions, so that nothing was resumed after a crash on a server that had
     * completed other jobs (the circuit-build crash test failed that way on the shared test server).
     */
    private static List<Long> runningExecutions(JobOperator operator, String name) {
        try {
            return operator.getRunningExecutions(name);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static Properties parameters(long jobId) {
        Properties p = new Properties();
        p.setProperty(BatchJobs.JOB_ID, Long.toString(jobId));
        return p;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
