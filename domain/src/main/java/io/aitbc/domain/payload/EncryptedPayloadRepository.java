package io.aitbc.domain.payload;

import java.util.Optional;

/** Job inputs and results. */
public interface EncryptedPayloadRepository {

    EncryptedPayload store(EncryptedPayload payload);

    Optional<EncryptedPayload> find(long id);

    void remove(EncryptedPayload payload);
}
