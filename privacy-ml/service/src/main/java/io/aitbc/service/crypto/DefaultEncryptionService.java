package io.aitbc.service.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** {@link EncryptionService} over {@link EnvelopeEncryption} and the server's {@link KeyManager}. */
@ApplicationScoped
public class DefaultEncryptionService implements EncryptionService {

    private KeyManager keyManager;
    private EnvelopeEncryption envelopes;

    protected DefaultEncryptionService() {
        // for the CDI proxy
    }

    @Inject
    public DefaultEncryptionService(KeyManager keyManager) {
        this.keyManager = keyManager;
        this.envelopes = new EnvelopeEncryption();
    }

    @Override
    public byte[] sealAtRest(byte[] plaintext, EncryptionContext context) {
        return envelopes.seal(plaintext, context, SealingPolicy.atRest(keyManager)).encode();
    }

    @Override
    public byte[] sealAtRest(byte[] plaintext, EncryptionContext context, EscrowPolicy escrow) {
        return envelopes.seal(plaintext, context, SealingPolicy.atRest(keyManager).withEscrow(escrow)).encode();
    }

    @Override
    public byte[] sealForRecipients(byte[] plaintext, EncryptionContext context, List<X25519PublicKey> recipients) {
        return envelopes.seal(plaintext, context, new SealingPolicy(Optional.empty(), recipients, Optional.empty())).encode();
    }

    @Override
    public byte[] open(byte[] sealed, EncryptionContext context) {
        return envelopes.open(SealedObject.decode(sealed), context, keyManager);
    }

    @Override
    public byte[] addRecipient(byte[] sealed, EncryptionContext context, X25519PublicKey recipient) {
        return envelopes.addRecipient(SealedObject.decode(sealed), context, keyManager, recipient).encode();
    }

    @Override
    public boolean needsRewrap(byte[] sealed) {
        List<KeyId> keks = SealedObject.decode(sealed).kekIds();
        return !keks.isEmpty() && !keks.contains(keyManager.primaryKeyId());
    }

    @Override
    public byte[] rewrap(byte[] sealed, EncryptionContext context) {
        return envelopes.rewrap(SealedObject.decode(sealed), context, keyManager).encode();
    }

    @Override
    public KeyId rotateKeyEncryptionKey() {
        return keyManager.rotate();
    }

    @Override
    public void retireKeyEncryptionKey(KeyId kekId) {
        keyManager.retire(kekId);
    }

    @Override
    public SortedSet<KeyId> keyEncryptionKeyIds() {
        return keyManager.keyIds();
    }
}
