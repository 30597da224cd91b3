package io.aitbc.domain.persistence;

import io.aitbc.domain.job.JobSubmissionKey;
import io.aitbc.domain.job.JobSubmissionKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaJobSubmissionKeyRepository implements JobSubmissionKeyRepository {

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    private EntityManager em;

    protected JpaJobSubmissionKeyRepository() {
        // for CDI
    }

    public JpaJobSubmissionKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public JobSubmissionKey storeNow(JobSubmissionKey key) {
        em.persist(key);
        em.flush();
        return key;
    }

    @Override
    public Optional<JobSubmissionKey> find(String owner, String key) {
        return em.createQuery("SELECT k FROM JobSubmissionKey k WHERE k.owner = :o AND k.key = :k", JobSubmissionKey.class)
                .setParameter("o", owner).setParameter("k", key).getResultStream().findFirst();
    }
}
