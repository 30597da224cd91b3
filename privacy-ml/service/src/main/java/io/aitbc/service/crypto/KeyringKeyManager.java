package io.aitbc.service.crypto;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.SortedSet;

/** {@link KeyManager} over a {@link Keyring} persisted in a {@link KeyringStore}. Thread-safe. */
public final class KeyringKeyManager implements KeyManager {

    private static final System.Logger LOG = System.getLogger(KeyringKeyManager.class.getName());
    private static final String WRAP_LABEL = "aitbc/kek-wrap/v1";

    private final KeyringStore store;
    private final SecureRandom random;
    private final AeadEnvelope aead;
    private volatile Keyring keyring;

    private KeyringKeyManager(KeyringStore store, SecureRandom random, Keyring keyring) {
        this.store = store;
        this.random = random;
        this.aead = new AeadEnvelope(random);
        this.keyring = keyring;
    }

    /** Opens the keyring in the store, creating it with a first KEK if the store is empty. */
    public static KeyringKeyManager openOrCreate(KeyringStore store, SecureRandom random) {
        if (store.exists()) {
            Keyring keyring = store.load();
            LOG.log(Level.INFO, "Loaded key-encryption keys {0} (primary {1}) from {2}",
                    keyring.ids(), keyring.primary().id(), store.describe());
            return new KeyringKeyManager(store, random, keyring);
        }
        Keyring keyring = Keyring.generate(random);
        store.save(keyring);
        LOG.log(Level.INFO, "Created key-encryption key {0} in {1}", keyring.primary().id(), store.describe());
        return new KeyringKeyManager(store, random, keyring);
    }

    @Override
    public KeyId primaryKeyId() {
        return keyring.primary().id();
    }

    @Override
    public SortedSet<KeyId> keyIds() {
        return keyring.ids();
    }

    @Override
    public byte[] wrap(AesKey dataKey, EncryptionContext context) {
        byte[] material = dataKey.material();
        try {
            return aead.encrypt(keyring.primary(), material, associatedData(dataKey.id(), context));
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    @Override
    public AesKey unwrap(byte[] wrapped, KeyId dataKeyId, EncryptionContext context) {
        KeyId kekId = AeadEnvelope.keyIdOf(wrapped);
        AesKey kek = keyring.find(kekId).orElseThrow(() -> new KeyUnavailableException(
                "data key " + dataKeyId + " is wrapped under key-encryption key " + kekId + ", which " + store.describe()
                        + " does not hold (it holds " + keyring.ids() + ")"));
        byte[] material = AeadEnvelope.decrypt(kek, wrapped, associatedData(dataKeyId, context));
        try {
            return AesKey.of(dataKeyId, material);
        } catch (IllegalArgumentException e) {
            throw new MalformedCiphertextException("wrapped data key " + dataKeyId + " does not hold a 256-bit key");
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    @Override
    public synchronized KeyId rotate() {
        Keyring next = keyring.rotated(random);
        store.save(next);
        keyring = next;
        LOG.log(Level.INFO, "Rotated key-encryption keys in {0}: new primary {1}, all of {2} still unwrap",
                store.describe(), next.primary().id(), next.ids());
        return next.primary().id();
    }

    @Override
    public synchronized void retire(KeyId kekId) {
        Keyring next = keyring.without(kekId);
        store.save(next);
        keyring = next;
        LOG.log(Level.INFO, "Retired key-encryption key {0} from {1}", kekId, store.describe());
    }

    private static byte[] associatedData(KeyId dataKeyId, EncryptionContext context) {
        return Transcript.of(WRAP_LABEL).add(dataKeyId).add(context).bytes();
    }

    @Override
    public String toString() {
        return "KeyringKeyManager[" + store.describe() + ", " + keyring + "]";
    }
}
