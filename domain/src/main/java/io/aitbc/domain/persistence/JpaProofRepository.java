package io.aitbc.domain.persistence;

import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.proof.ProofRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProofRepository extends JpaStore<Proof> implements ProofRepository {

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    private EntityManager em;

    protected JpaProofRepository() {
        super(Proof.class);
    }

    public JpaProofRepository(EntityManager em) {
        this();
        this.em = em;
    }

    @Override
    EntityManager em() {
        return em;
    }

    @Override
    public Proof store(Proof proof) {
        return persistOrMerge(proof, proof.id());
    }

    @Override
    public Optional<Proof> find(long id) {
        return findById(id);
    }

    @Override
    public List<Proof> listByJob(long jobId) {
        return em.createQuery("SELECT p FROM Proof p WHERE p.jobId = :job ORDER BY p.id", Proof.class)
                .setParameter("job", jobId).getResultList();
    }
}
