package io.aitbc.domain.persistence;

import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaEncryptedPayloadRepository extends JpaStore<EncryptedPayload> implements EncryptedPayloadRepository {

    protected JpaEncryptedPayloadRepository() {
        super(EncryptedPayload.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaEncryptedPayloadRepository(EntityManager em) {
        super(EncryptedPayload.class, em);
    }

    @Override
    public EncryptedPayload store(EncryptedPayload payload) {
        boolean isNew = payload.id() == null;
        EncryptedPayload stored = super.store(payload);
        if (isNew) {
            // Jobs refer to payloads by id only (no mapping tells the provider to insert the payload first).
            em.flush();
        }
        return stored;
    }

    @Override
    public void detachKeySet(long keySetId) {
        em.createQuery("UPDATE EncryptedPayload p SET p.keySetId = NULL WHERE p.keySetId = :k").setParameter("k", keySetId)
                .executeUpdate();
    }
}
