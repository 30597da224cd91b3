package io.aitbc.service.crypto;

/** Where a {@link Keyring} persists: a keystore file, or read-only configuration. */
public interface KeyringStore {

    boolean exists();

    /** @throws EncryptionException if the keyring cannot be read (missing, wrong password, corrupted) */
    Keyring load();

    /** Replaces the stored keyring atomically. @throws EncryptionException if the store is read-only */
    void save(Keyring keyring);

    /** Where the keys live, for log and error messages (never the keys). */
    String describe();
}
