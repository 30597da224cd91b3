package io.aitbc.service.jobs;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobProgress;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

@Stateless
public class DefaultJobTracker implements JobTracker {

    private static final Logger LOG = Logger.getLogger(DefaultJobTracker.class.getName());
    private static final int RECOVERY_BATCH = 1000;

    @Inject
    InferenceJobRepository jobs;

    @Override
    public JobState state(long jobId) {
        return JobState.of(job(jobId));
    }

    @Override
    public List<JobState> unfinished() {
        return jobs.listUnfinished(RECOVERY_BATCH).stream().map(JobState::of).toList();
    }

    @Override
    public void restarting(long jobId) {
        job(jobId).restarting();
    }

    @Override
    public JobState begin(long jobId, long executionId) {
        InferenceJob job = job(jobId);
        if (!job.status().isFinal()) {
            job.start(executionId, Instant.now());
        }
        return JobState.of(job);
    }

    @Override
    public void progress(long jobId, ProgressUpdate update) {
        InferenceJob job = job(jobId);
        if (!job.status().isFinal()) {
            String step = update.step() == null || update.step().length() <= JobProgress.MAX_STEP ? update.step()
                    : update.step().substring(0, JobProgress.MAX_STEP);
            job.reportProgress(new JobProgress(update.percent(), step, update.eta()));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        InferenceJob job = job(jobId);
        if (job.status().isFinal()) {
            LOG.warning(() -> "job " + jobId + " is " + job.status() + "; not failing it again: " + reason);
            return;
        }
        job.fail(reason == null || reason.isBlank() ? "the job failed without a reason" : reason, Instant.now());
    }

    @Override
    public void succeed(long jobId, JobResult result) {
        job(jobId).succeed(result, Instant.now());
    }

    @Override
    public void complete(long jobId) {
        job(jobId).complete(Instant.now());
    }

    private InferenceJob job(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
    }
}
