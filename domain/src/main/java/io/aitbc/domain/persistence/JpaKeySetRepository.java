package io.aitbc.domain.persistence;

import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaKeySetRepository extends JpaStore<KeySet> implements KeySetRepository {

    protected JpaKeySetRepository() {
        super(KeySet.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaKeySetRepository(EntityManager em) {
        super(KeySet.class, em);
    }

    @Override
    public List<KeySet> listByOwner(String owner) {
        return em.createQuery("SELECT k FROM KeySet k WHERE k.owner = :owner ORDER BY k.id", KeySet.class)
                .setParameter("owner", owner).getResultList();
    }
}
