package io.aitbc.domain.payload;

import java.util.Optional;

/** Job inputs and results. */
public interface EncryptedPayloadRepository {

    /** Stores a payload; a new one is written at once, so that jobs referring to its id can follow in the transaction. */
    EncryptedPayload store(EncryptedPayload payload);

    Optional<EncryptedPayload> find(long id);

    void remove(EncryptedPayload payload);

    /** Lets stored ciphertexts forget a key set that is being deleted (the consumer's secret key still opens them). */
    void detachKeySet(long keySetId);
}
