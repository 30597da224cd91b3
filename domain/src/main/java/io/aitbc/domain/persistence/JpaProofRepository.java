package io.aitbc.domain.persistence;

import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.proof.ProofRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaProofRepository extends JpaStore<Proof> implements ProofRepository {

    protected JpaProofRepository() {
        super(Proof.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaProofRepository(EntityManager em) {
        super(Proof.class, em);
    }

    @Override
    public List<Proof> listByJob(long jobId) {
        return em.createQuery("SELECT p FROM Proof p WHERE p.jobId = :job ORDER BY p.id", Proof.class)
                .setParameter("job", jobId).getResultList();
    }
}
