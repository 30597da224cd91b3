package io.aitbc.batch.recovery;

import io.aitbc.batch.launch.BatchJobLauncher;
import io.aitbc.batch.launch.BatchOperations;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.service.jobs.JobState;
import io.aitbc.service.jobs.JobTracker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resumes the work a stopped server left behind, shortly after the application starts: every execution still
 * marked running that an earlier JVM created is marked FAILED ({@link BatchRepository}), then each unfinished
 * job is restarted from its last checkpoint (a job that never began is launched afresh). A job restarted more
 * than {@code aitbc.batch.max-restarts} times fails instead (a job that kills the server every time must not
 * do so forever). Assumes one server per database: executions of this JVM (created after it started) are
 * never touched.
 */
@Singleton
@Startup
public class CrashRecovery {

    private static final Logger LOG = Logger.getLogger(CrashRecovery.class.getName());
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Resource
    TimerService timers;

    @Inject
    JobTracker tracker;

    @Inject
    BatchJobLauncher launcher;

    @Inject
    BatchOperations batch;

    @Inject
    BatchRepository repository;

    @Inject
    @ConfigProperty(name = "aitbc.batch.max-restarts", defaultValue = "3")
    int maxRestarts;

    @Inject
    @ConfigProperty(name = "aitbc.batch.recovery-delay-ms", defaultValue = "2000")
    long delayMillis;

    private final Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @PostConstruct
    void schedule() {
        // After the deployment has finished: batch artifacts need the whole application.
        timers.createSingleActionTimer(delayMillis, new TimerConfig("batch crash recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        int interrupted = 0;
        List<Long> left = batch.runningExecutionsCreatedBefore(jvmStart);
        LOG.info(() -> "batch recovery: executions left running by the previous server: " + left);
        for (long execution : left) {
            interrupted += repository.markInterrupted(execution) ? 1 : 0;
        }
        int resumed = 0;
        for (JobState job : tracker.unfinished()) {
            if (job.batchJobName() == null || !job.submittedAt().isBefore(jvmStart)) {
                continue; // not run by a batch job, or submitted to this JVM (its launcher takes care of it)
            }
            try {
                resumed += resume(job) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job " + job.jobId() + " could not be resumed", e);
                tracker.fail(job.jobId(), "the job could not be resumed after the server stopped: " + e.getMessage());
            }
        }
        if (interrupted > 0 || resumed > 0) {
            LOG.info("batch recovery: " + interrupted + " interrupted executions marked failed, " + resumed + " jobs resumed");
        }
    }

    private boolean resume(JobState job) {
        if (job.status() == JobStatus.QUEUED || job.batchExecutionId() == null) {
            launcher.start(job.jobId(), job.batchJobName()); // never began: its checkpoint (if any) is empty
            return true;
        }
        long execution = job.batchExecutionId();
        // Unknown to the repository (cleaned): the job's own checkpoint still says where it stands.
        BatchStatus status = batch.status(execution).orElse(null);
        if (status != null && RUNNING.contains(status)) {
            repository.markInterrupted(execution);
            status = BatchStatus.FAILED;
        }
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            tracker.fail(job.jobId(), "its batch execution " + execution + " ended " + status + " without a result");
            return false;
        }
        if (job.restarts() >= maxRestarts) {
            tracker.fail(job.jobId(), "the server stopped while the job ran " + (job.restarts() + 1)
                    + " times; it is not restarted again");
            return false;
        }
        tracker.restarting(job.jobId());
        if (status == null) {
            launcher.start(job.jobId(), job.batchJobName());
        } else {
            long restarted = batch.restart(execution, job.jobId());
            LOG.info(() -> "job " + job.jobId() + ": execution " + execution + " restarted as " + restarted);
        }
        return true;
    }
}
