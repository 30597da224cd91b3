package io.aitbc.domain.persistence;

import io.aitbc.domain.billing.BillingLine;
import io.aitbc.domain.billing.UsageRecord;
import io.aitbc.domain.billing.UsageRepository;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUsageRepository extends JpaStore<UsageRecord> implements UsageRepository {

    protected JpaUsageRepository() {
        super(UsageRecord.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaUsageRepository(EntityManager em) {
        super(UsageRecord.class, em);
    }

    @Override
    public UsageRecord store(UsageRecord record) {
        em.persist(record);
        em.flush(); // a second record for the same job fails here, inside the metering transaction
        return record;
    }

    @Override
    public Optional<UsageRecord> findByJob(long jobId) {
        return em.createQuery("SELECT u FROM UsageRecord u WHERE u.jobId = :j", UsageRecord.class)
                .setParameter("j", jobId).getResultStream().findFirst();
    }

    @Override
    public Page<UsageRecord> list(Party party, String subject, PageRequest page) {
        String where = switch (party) {
            case CONSUMER -> " WHERE u.consumer = :s";
            case MODEL_OWNER -> " WHERE u.modelOwner = :s";
            case ANY -> "";
        };
        var q = em.createQuery("SELECT u FROM UsageRecord u" + where + " ORDER BY u.id DESC", UsageRecord.class);
        var c = em.createQuery("SELECT COUNT(u) FROM UsageRecord u" + where, Long.class);
        if (party != Party.ANY) {
            q.setParameter("s", subject);
            c.setParameter("s", subject);
        }
        return page(q, c, page);
    }

    @Override
    public List<BillingLine> summarize(String modelOwnerOrNull, Instant from, Instant to) {
        String owner = modelOwnerOrNull == null ? "" : " AND u.modelOwner = :o";
        var q = em.createQuery("SELECT u.modelOwner, u.modelId, u.level, COUNT(u), SUM(u.units), SUM(u.amount)"
                        + " FROM UsageRecord u WHERE u.recordedAt >= :from AND u.recordedAt < :to" + owner
                        + " GROUP BY u.modelOwner, u.modelId, u.level ORDER BY u.modelOwner, u.modelId, u.level", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (modelOwnerOrNull != null) {
            q.setParameter("o", modelOwnerOrNull);
        }
        return q.getResultList().stream().map(r -> new BillingLine((String) r[0], ((Number) r[1]).longValue(),
                (PrivacyLevel) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (BigDecimal) r[5])).toList();
    }

    @Override
    public List<Long> jobsAwaitingMetering(int max) {
        return em.createQuery("SELECT j.id FROM InferenceJob j WHERE j.kind = :inference AND j.status = :succeeded"
                        + " AND NOT EXISTS (SELECT u FROM UsageRecord u WHERE u.jobId = j.id) ORDER BY j.id", Long.class)
                .setParameter("inference", JobKind.INFERENCE).setParameter("succeeded", JobStatus.SUCCEEDED)
                .setMaxResults(max).getResultList();
    }
}
