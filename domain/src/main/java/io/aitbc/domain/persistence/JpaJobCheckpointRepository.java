package io.aitbc.domain.persistence;

import io.aitbc.domain.job.JobCheckpoint;
import io.aitbc.domain.job.JobCheckpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaJobCheckpointRepository implements JobCheckpointRepository {

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    private EntityManager em;

    protected JpaJobCheckpointRepository() {
        // for the container
    }

    /** For use outside a container (tests, tools). */
    public JpaJobCheckpointRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<JobCheckpoint> find(long jobId) {
        return Optional.ofNullable(em.find(JobCheckpoint.class, jobId));
    }

    @Override
    public JobCheckpoint store(JobCheckpoint checkpoint) {
        // The id is the job's, never generated: a checkpoint the context does not hold yet is new.
        if (em.contains(checkpoint)) {
            return checkpoint;
        }
        if (em.find(JobCheckpoint.class, checkpoint.jobId()) == null) {
            em.persist(checkpoint);
            return checkpoint;
        }
        return em.merge(checkpoint);
    }

    @Override
    public void remove(long jobId) {
        find(jobId).ifPresent(em::remove);
    }
}
