package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class AeadEnvelopeTest {

    private final SecureRandom random = new SecureRandom();
    private final AeadEnvelope envelope = new AeadEnvelope(random);
    private final AesKey key = AesKey.generate(KeyId.of("dek-1"), random);
    private final EncryptionContext weights = EncryptionContext.forPurpose("model-weights").with("model", "7").with("version", "3");
    private final byte[] plaintext = "quantized weights".getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTripsEmptySmallAndLargePayloads() {
        for (int size : new int[] {0, 1, 15, 16, 17, 1 << 20}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            byte[] sealed = envelope.encrypt(key, data, weights);
            assertEquals(3 + 1 + 1 + 5 + 12 + size + 16, sealed.length, "overhead is header + nonce + tag");
            assertArrayEquals(data, AeadEnvelope.decrypt(key, sealed, weights));
        }
    }

    @Test
    void headerIsSelfDescribing() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        assertEquals("ae0101" + "01" + "05" + Hex.toHexString("dek-1".getBytes(StandardCharsets.US_ASCII)),
                Hex.toHexString(Arrays.copyOf(sealed, 10)));
        assertEquals(KeyId.of("dek-1"), AeadEnvelope.keyIdOf(sealed));
    }

    @Test
    void usesAFreshNonceEachTime() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            byte[] sealed = envelope.encrypt(key, plaintext, weights);
            nonces.add(Hex.toHexString(Arrays.copyOfRange(sealed, 10, 22)));
        }
        assertEquals(200, nonces.size());
    }

    @Test
    void contextAttributeOrderDoesNotMatter() {
        EncryptionContext reordered = EncryptionContext.forPurpose("model-weights").with("version", "3").with("model", "7");
        assertEquals(weights, reordered);
        assertArrayEquals(plaintext, AeadEnvelope.decrypt(key, envelope.encrypt(key, plaintext, weights), reordered));
    }

    @Test
    void rejectsAnotherContext() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        for (EncryptionContext other : new EncryptionContext[] {
                EncryptionContext.forPurpose("model-weights").with("model", "8").with("version", "3"),
                EncryptionContext.forPurpose("model-weights").with("model", "7"),
                EncryptionContext.forPurpose("inference-result").with("model", "7").with("version", "3"),
                weights.with("tenant", "a")}) {
            assertThrows(AuthenticationFailedException.class, () -> AeadEnvelope.decrypt(key, sealed, other), other.toString());
        }
    }

    @Test
    void rejectsWrongKeyByIdAndByMaterial() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        KeyUnavailableException wrongId = assertThrows(KeyUnavailableException.class,
                () -> AeadEnvelope.decrypt(AesKey.generate(KeyId.of("dek-2"), random), sealed, weights));
        assertTrue(wrongId.getMessage().contains("'dek-1'"), wrongId.getMessage());

        AesKey impostor = AesKey.generate(KeyId.of("dek-1"), random);
        assertThrows(AuthenticationFailedException.class, () -> AeadEnvelope.decrypt(impostor, sealed, weights));
    }

    @Test
    void everyTruncationIsReportedAsMalformed() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        for (int length = 0; length < 10 + 12 + 16; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThrows(MalformedCiphertextException.class, () -> AeadEnvelope.decrypt(key, truncated, weights), "length " + length);
        }
        // Longer truncations still parse but cut into ciphertext or tag: the tag no longer verifies.
        for (int length = 10 + 12 + 16; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThrows(AuthenticationFailedException.class, () -> AeadEnvelope.decrypt(key, truncated, weights), "length " + length);
        }
    }

    @Test
    void everySingleBitFlipIsDetected() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        for (int i = 0; i < sealed.length * 8; i++) {
            byte[] corrupted = sealed.clone();
            corrupted[i / 8] ^= (byte) (1 << (i % 8));
            try {
                AeadEnvelope.decrypt(key, corrupted, weights);
                fail("bit " + i + " flipped but decryption succeeded");
            } catch (EncryptionException expected) {
                assertFalse(expected.getMessage().contains(Hex.toHexString(key.material())), "message leaks the key");
            }
        }
    }

    @Test
    void namesUnsupportedVersionsAndAlgorithms() {
        byte[] sealed = envelope.encrypt(key, plaintext, weights);
        byte[] futureVersion = sealed.clone();
        futureVersion[1] = 2;
        assertTrue(assertThrows(MalformedCiphertextException.class, () -> AeadEnvelope.decrypt(key, futureVersion, weights))
                .getMessage().contains("unsupported format version 2"));
        byte[] otherAlgorithm = sealed.clone();
        otherAlgorithm[3] = 9;
        assertTrue(assertThrows(MalformedCiphertextException.class, () -> AeadEnvelope.decrypt(key, otherAlgorithm, weights))
                .getMessage().contains("unknown algorithm id 9"));
        byte[] otherType = sealed.clone();
        otherType[2] = (byte) Format.Type.SEALED_OBJECT.code;
        assertTrue(assertThrows(MalformedCiphertextException.class, () -> AeadEnvelope.decrypt(key, otherType, weights))
                .getMessage().contains("found a sealed object"));
        assertThrows(MalformedCiphertextException.class, () -> AeadEnvelope.decrypt(key, null, weights));
    }

    @Test
    void keysNeverPrintTheirMaterial() {
        String material = Hex.toHexString(key.material());
        assertFalse(key.toString().contains(material));
        assertEquals("AesKey[id=dek-1, AES-256]", key.toString());
        key.destroy();
        assertThrows(IllegalStateException.class, key::material);
    }

    @Test
    void validatesKeysAndContexts() {
        assertThrows(IllegalArgumentException.class, () -> AesKey.of(KeyId.of("k"), new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> KeyId.of("has space"));
        assertThrows(IllegalArgumentException.class, () -> KeyId.of(""));
        assertThrows(IllegalArgumentException.class, () -> weights.with("model", "8"));
        assertThrows(IllegalArgumentException.class, () -> weights.with("Upper", "x"));
    }
}
