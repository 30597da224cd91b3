package io.aitbc.domain.persistence;

import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaKeySetRepository extends JpaStore<KeySet> implements KeySetRepository {

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    private EntityManager em;

    protected JpaKeySetRepository() {
        super(KeySet.class);
    }

    public JpaKeySetRepository(EntityManager em) {
        this();
        this.em = em;
    }

    @Override
    EntityManager em() {
        return em;
    }

    @Override
    public KeySet store(KeySet keySet) {
        return persistOrMerge(keySet, keySet.id());
    }

    @Override
    public Optional<KeySet> find(long id) {
        return findById(id);
    }

    @Override
    public List<KeySet> listByOwner(String owner) {
        return em.createQuery("SELECT k FROM KeySet k WHERE k.owner = :owner ORDER BY k.id", KeySet.class)
                .setParameter("owner", owner).getResultList();
    }

    @Override
    public void remove(KeySet keySet) {
        delete(keySet);
    }
}
