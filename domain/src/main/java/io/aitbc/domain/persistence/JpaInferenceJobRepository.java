package io.aitbc.domain.persistence;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaInferenceJobRepository extends JpaStore<InferenceJob> implements InferenceJobRepository {

    protected JpaInferenceJobRepository() {
        super(InferenceJob.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaInferenceJobRepository(EntityManager em) {
        super(InferenceJob.class, em);
    }

    @Override
    public Page<InferenceJob> listByOwner(String owner, PageRequest page) {
        var q = em.createQuery("SELECT j FROM InferenceJob j WHERE j.owner = :owner ORDER BY j.id DESC", InferenceJob.class)
                .setParameter("owner", owner);
        var c = em.createQuery("SELECT COUNT(j) FROM InferenceJob j WHERE j.owner = :owner", Long.class)
                .setParameter("owner", owner);
        return page(q, c, page);
    }

    @Override
    public Page<InferenceJob> listAll(PageRequest page) {
        return page(em.createQuery("SELECT j FROM InferenceJob j ORDER BY j.id DESC", InferenceJob.class),
                em.createQuery("SELECT COUNT(j) FROM InferenceJob j", Long.class), page);
    }

    @Override
    public long countForModel(long modelId) {
        return em.createQuery("SELECT COUNT(j) FROM InferenceJob j WHERE j.modelVersion.model.id = :m", Long.class)
                .setParameter("m", modelId).getSingleResult();
    }

    @Override
    public List<InferenceJob> listUnfinished(int max) {
        return em.createQuery("SELECT j FROM InferenceJob j WHERE j.status IN :open ORDER BY j.id", InferenceJob.class)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countUnfinishedWithKeySet(long keySetId) {
        return em.createQuery("SELECT COUNT(j) FROM InferenceJob j WHERE j.keySetId = :k AND j.status IN :open", Long.class)
                .setParameter("k", keySetId).setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .getSingleResult();
    }

    @Override
    public void detachKeySet(long keySetId) {
        em.createQuery("UPDATE InferenceJob j SET j.keySetId = NULL WHERE j.keySetId = :k").setParameter("k", keySetId)
                .executeUpdate();
    }
}
