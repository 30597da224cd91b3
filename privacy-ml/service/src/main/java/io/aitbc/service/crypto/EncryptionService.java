package io.aitbc.service.crypto;

import java.util.List;
import java.util.SortedSet;

/**
 * Encryption for the other services: envelope encryption of payloads (model weights at rest, results
 * for consumers) under per-object data keys, the server's key-encryption keys, and key escrow. Every
 * call takes the {@link EncryptionContext} the bytes are for (e.g. purpose {@code model-weights}, model
 * id, version); opening with another context fails. Sealed bytes are a {@link SealedObject} encoding.
 *
 * <p>Failures are {@link EncryptionException}s: {@link MalformedCiphertextException} (not our format,
 * truncated), {@link AuthenticationFailedException} (modified, or wrong context), {@link
 * KeyUnavailableException} (no key slot the caller can use).
 */
public interface EncryptionService {

    /** The HPKE suite of recipient key slots, e.g. for a payload's parameter-set column. */
    String HPKE_SUITE = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM";

    /** Seals bytes that only the server opens, e.g. model weights at rest. */
    byte[] sealAtRest(byte[] plaintext, EncryptionContext context);

    /** As {@link #sealAtRest(byte[], EncryptionContext)}, with the data key also escrowed k-of-n. */
    byte[] sealAtRest(byte[] plaintext, EncryptionContext context, EscrowPolicy escrow);

    /** Seals bytes that only the given recipients open (each with its X25519 private key); the server cannot. */
    byte[] sealForRecipients(byte[] plaintext, EncryptionContext context, List<X25519PublicKey> recipients);

    /** Opens bytes sealed with a server key slot. */
    byte[] open(byte[] sealed, EncryptionContext context);

    /** Lets one more recipient open bytes the server can open; the payload is not re-encrypted. */
    byte[] addRecipient(byte[] sealed, EncryptionContext context, X25519PublicKey recipient);

    /** Whether the server's slot is wrapped under an older key-encryption key than the primary. */
    boolean needsRewrap(byte[] sealed);

    /** Re-wraps the server's slot under the primary key-encryption key; the payload is not re-encrypted. */
    byte[] rewrap(byte[] sealed, EncryptionContext context);

    /** Adds a new primary key-encryption key; existing objects stay readable until re-wrapped. */
    KeyId rotateKeyEncryptionKey();

    /** Removes an old key-encryption key once every object has been re-wrapped. */
    void retireKeyEncryptionKey(KeyId kekId);

    SortedSet<KeyId> keyEncryptionKeyIds();
}
