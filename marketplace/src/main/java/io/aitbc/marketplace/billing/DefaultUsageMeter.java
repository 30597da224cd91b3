package io.aitbc.marketplace.billing;

import io.aitbc.domain.billing.Charge;
import io.aitbc.domain.billing.MeteredJob;
import io.aitbc.domain.billing.Tariff;
import io.aitbc.domain.billing.UsageRecord;
import io.aitbc.domain.billing.UsageRepository;
import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.marketplace.ListingRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
public class DefaultUsageMeter implements UsageMeter {

    private static final Logger LOG = Logger.getLogger(DefaultUsageMeter.class.getName());
    /** One inference job runs the model on one input. */
    static final int UNITS_PER_JOB = 1;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    ListingRepository listings;

    @Inject
    UsageRepository usage;

    @Resource
    SessionContext context;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UsageView> meter(long jobId) {
        Optional<InferenceJob> job = jobs.find(jobId)
                .filter(j -> j.kind() == JobKind.INFERENCE && j.status() == JobStatus.SUCCEEDED);
        if (job.isEmpty() || usage.findByJob(jobId).isPresent()) {
            return Optional.empty();
        }
        MeteredJob metered = MeteredJob.of(job.get());
        Charge charge = Tariff.chargeFor(listings.listForModel(metered.modelId()), metered.level(), UNITS_PER_JOB);
        try {
            UsageRecord record = usage.store(new UsageRecord(metered, charge, Instant.now()));
            if (charge.listingId() != null) {
                listings.countCompletedJob(charge.listingId());
            }
            return Optional.of(UsageView.of(record));
        } catch (PersistenceException e) {
            // Metered concurrently by the sweep or another runner: the unique job id kept it to one record.
            LOG.fine(() -> "job " + jobId + " was metered concurrently: " + e.getMessage());
            context.setRollbackOnly();
            return Optional.empty();
        }
    }

    @Override
    public List<Long> jobsAwaitingMetering(int max) {
        return usage.jobsAwaitingMetering(max);
    }
}
