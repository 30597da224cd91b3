package io.aitbc.service.submission;

import io.aitbc.domain.job.JobSubmissionKey;
import io.aitbc.domain.job.JobSubmissionKeyRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.service.inference.InferenceSubmission;
import io.aitbc.service.inference.PrivacyPreservingMlService;
import io.aitbc.service.jobs.InferenceJobService;
import io.aitbc.service.jobs.JobView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotent job submission: a consumer that sends an Idempotency-Key gets the same job back however often
 * it retries (a lost answer, a timeout), even when the retries race. The job and its key commit together;
 * a concurrent duplicate fails on the key's unique constraint, rolls back its job, and returns the winner's.
 */
@Stateless
public class SubmissionService {

    /** A submission's outcome: the job, and whether this call created it. */
    public record Submitted(JobView job, boolean created) { }

    @Inject
    InferenceJobService jobs;

    @Inject
    PrivacyPreservingMlService inference;

    @Inject
    JobSubmissionKeyRepository keys;

    @Resource
    SessionContext self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submitted submitOnce(Caller consumer, long modelId, InferenceSubmission request, String idempotencyKey) {
        String key = InvalidRequestException.unlessRejected(() -> JobSubmissionKey.requireValid(idempotencyKey));
        SubmissionService tx = self.getBusinessObject(SubmissionService.class);
        Optional<JobView> earlier = tx.earlier(consumer, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), modelId, request);
        }
        try {
            return new Submitted(tx.create(consumer, modelId, request, key), true);
        } catch (EJBException raced) {
            return replay(tx.earlier(consumer, key).orElseThrow(() -> raced), modelId, request);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobView create(Caller consumer, long modelId, InferenceSubmission request, String key) {
        JobView job = inference.submit(consumer, modelId, request);
        keys.storeNow(new JobSubmissionKey(consumer.subject(), key, job.id(), Instant.now()));
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<JobView> earlier(Caller consumer, String key) {
        return keys.find(consumer.subject(), key).map(k -> jobs.get(consumer, k.jobId()));
    }

    /** The same key for another model or privacy level is a client error, not a retry. */
    private static Submitted replay(JobView job, long modelId, InferenceSubmission request) {
        if (job.modelId() != modelId || !job.privacyLevel().equals(request.level().apiName())) {
            throw new ConflictException("this Idempotency-Key was used for job " + job.id()
                    + " on another model or privacy level");
        }
        return new Submitted(job, false);
    }
}
