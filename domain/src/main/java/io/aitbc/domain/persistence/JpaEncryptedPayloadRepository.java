package io.aitbc.domain.persistence;

import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaEncryptedPayloadRepository extends JpaStore<EncryptedPayload> implements EncryptedPayloadRepository {

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    private EntityManager em;

    protected JpaEncryptedPayloadRepository() {
        super(EncryptedPayload.class);
    }

    public JpaEncryptedPayloadRepository(EntityManager em) {
        this();
        this.em = em;
    }

    @Override
    EntityManager em() {
        return em;
    }

    @Override
    public EncryptedPayload store(EncryptedPayload payload) {
        return persistOrMerge(payload, payload.id());
    }

    @Override
    public Optional<EncryptedPayload> find(long id) {
        return findById(id);
    }

    @Override
    public void remove(EncryptedPayload payload) {
        delete(payload);
    }
}
