package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade as other services use it: model weights at rest, results for consumers, rotation. */
class DefaultEncryptionServiceTest {

    private final SecureRandom random = new SecureRandom();
    private final EncryptionContext weights = EncryptionContext.forPurpose("model-weights").with("model", "12").with("version", "1");
    private final byte[] onnx = "an ONNX file".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    private EncryptionService service() {
        return new DefaultEncryptionService(new CryptoSettings(Map.of(), Map.of(), home).keyManager(random));
    }

    @Test
    void weightsAtRestSurviveARestartAndAKeyRotation() {
        byte[] stored = service().sealAtRest(onnx, weights);
        EncryptionService restarted = service();
        assertArrayEquals(onnx, restarted.open(stored, weights));
        assertFalse(restarted.needsRewrap(stored));

        assertEquals(KeyId.of("kek-2"), restarted.rotateKeyEncryptionKey());
        assertTrue(restarted.needsRewrap(stored));
        byte[] rewrapped = restarted.rewrap(stored, weights);
        assertFalse(restarted.needsRewrap(rewrapped));
        restarted.retireKeyEncryptionKey(KeyId.of("kek-1"));
        assertArrayEquals(onnx, service().open(rewrapped, weights));
        assertThrows(KeyUnavailableException.class, () -> service().open(stored, weights));
    }

    @Test
    void resultsForConsumersAreUnreadableByTheServer() {
        EncryptionService service = service();
        X25519KeyPair consumer = X25519KeyPair.generate(KeyId.of("consumer-7"), random);
        byte[] result = "class 3".getBytes(StandardCharsets.UTF_8);
        EncryptionContext context = EncryptionContext.forPurpose("inference-result").with("job", "99");
        byte[] sealed = service.sealForRecipients(result, context, List.of(consumer.publicKey()));
        assertThrows(KeyUnavailableException.class, () -> service.open(sealed, context));
        assertArrayEquals(result, new EnvelopeEncryption(random).open(SealedObject.decode(sealed), context, consumer));
    }

    @Test
    void escrowAndSharingThroughTheFacade() {
        EncryptionService service = service();
        X25519KeyPair a = X25519KeyPair.generate(KeyId.of("escrow-a"), random);
        X25519KeyPair b = X25519KeyPair.generate(KeyId.of("escrow-b"), random);
        X25519KeyPair auditor = X25519KeyPair.generate(KeyId.of("auditor"), random);
        byte[] stored = service.sealAtRest(onnx, weights, EscrowPolicy.of(2, a.publicKey(), b.publicKey()));
        SealedObject sealed = SealedObject.decode(service.addRecipient(stored, weights, auditor.publicKey()));

        EscrowBundle bundle = sealed.escrow().orElseThrow();
        AesKey recovered = KeyEscrow.recover(bundle, List.of(KeyEscrow.openShare(bundle, a, weights), KeyEscrow.openShare(bundle, b, weights)));
        EnvelopeEncryption envelopes = new EnvelopeEncryption(random);
        assertArrayEquals(onnx, envelopes.open(sealed, weights, recovered));
        assertArrayEquals(onnx, envelopes.open(sealed, weights, auditor));
        assertThrows(MalformedCiphertextException.class, () -> service.open(onnx, weights));
    }
}
