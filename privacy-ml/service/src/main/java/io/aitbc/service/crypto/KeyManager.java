package io.aitbc.service.crypto;

import java.util.SortedSet;

/**
 * The server's key-encryption keys (KEKs): they wrap the per-object data keys (DEKs) of everything the
 * server stores encrypted, and never leave it. Rotation adds a new primary KEK; older ones keep
 * unwrapping until {@link #rewrap re-wrapped} objects let them be {@link #retire retired}.
 * Implementations log key ids and events, never key material.
 */
public interface KeyManager {

    KeyId primaryKeyId();

    SortedSet<KeyId> keyIds();

    /** Wraps a data key under the primary KEK, bound to the key's id and the context. */
    byte[] wrap(AesKey dataKey, EncryptionContext context);

    /**
     * @throws KeyUnavailableException if the KEK it was wrapped under is not held (e.g. retired)
     * @throws AuthenticationFailedException if it was modified, or is opened for another key id or context
     */
    AesKey unwrap(byte[] wrapped, KeyId dataKeyId, EncryptionContext context);

    /** The KEK a wrapped data key names, without unwrapping it. */
    default KeyId wrappingKeyId(byte[] wrapped) {
        return AeadEnvelope.keyIdOf(wrapped);
    }

    /** Unwraps and wraps again under the primary KEK; returns the input if it is already wrapped so. */
    default byte[] rewrap(byte[] wrapped, KeyId dataKeyId, EncryptionContext context) {
        if (wrappingKeyId(wrapped).equals(primaryKeyId())) {
            return wrapped;
        }
        AesKey dataKey = unwrap(wrapped, dataKeyId, context);
        try {
            return wrap(dataKey, context);
        } finally {
            dataKey.destroy();
        }
    }

    /** Creates and persists a new primary KEK; returns its id. */
    KeyId rotate();

    /** Forgets an old KEK for good. Only once nothing is wrapped under it any more; never the primary. */
    void retire(KeyId kekId);
}
