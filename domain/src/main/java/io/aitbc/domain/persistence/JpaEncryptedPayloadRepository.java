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
}
