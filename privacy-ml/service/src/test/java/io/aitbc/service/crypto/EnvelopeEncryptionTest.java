package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeEncryptionTest {

    private final SecureRandom random = new SecureRandom();
    private final EnvelopeEncryption envelopes = new EnvelopeEncryption(random);
    private final KeyManager server = KeyringKeyManager.openOrCreate(
            new ConfigurationKeyringStore(Map.of("aitbc.crypto.kek.kek-1", java.util.Base64.getEncoder().encodeToString(key()))), random);
    private final EncryptionContext weights = EncryptionContext.forPurpose("model-weights").with("model", "7").with("version", "2");
    private final byte[] payload = "float32 weights of a small MLP".getBytes(StandardCharsets.UTF_8);
    private final X25519KeyPair alice = X25519KeyPair.generate(KeyId.of("alice"), random);
    private final X25519KeyPair bob = X25519KeyPair.generate(KeyId.of("bob"), random);
    private final X25519KeyPair carol = X25519KeyPair.generate(KeyId.of("carol"), random);

    private byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private SealedObject roundTripBytes(SealedObject sealed) {
        return SealedObject.decode(sealed.encode());
    }

    @Test
    void weightsAtRestOpenOnlyOnTheServerForTheirContext() {
        byte[] large = new byte[8 << 20];
        random.nextBytes(large);
        SealedObject sealed = roundTripBytes(envelopes.seal(large, weights, SealingPolicy.atRest(server)));
        assertEquals(List.of(KeyId.of("kek-1")), sealed.kekIds());
        assertTrue(sealed.dataKeyId().value().matches("dek-[0-9a-f]{32}"));
        assertArrayEquals(large, envelopes.open(sealed, weights, server));

        EncryptionContext otherVersion = EncryptionContext.forPurpose("model-weights").with("model", "7").with("version", "3");
        assertThrows(AuthenticationFailedException.class, () -> envelopes.open(sealed, otherVersion, server));
        assertThrows(KeyUnavailableException.class, () -> envelopes.open(sealed, weights, alice));
    }

    @Test
    void everyRecipientOpensAndNobodyElse() {
        SealedObject sealed = roundTripBytes(envelopes.seal(payload, weights, SealingPolicy.forRecipients(alice.publicKey(), bob.publicKey())));
        assertEquals(List.of(KeyId.of("alice"), KeyId.of("bob")), sealed.recipientIds());
        assertArrayEquals(payload, envelopes.open(sealed, weights, alice));
        assertArrayEquals(payload, envelopes.open(sealed, weights, bob));

        KeyUnavailableException notSealedToCarol = assertThrows(KeyUnavailableException.class, () -> envelopes.open(sealed, weights, carol));
        assertTrue(notSealedToCarol.getMessage().contains("[alice, bob]"), notSealedToCarol.getMessage());
        X25519KeyPair fakeAlice = X25519KeyPair.generate(KeyId.of("alice"), random);
        assertThrows(AuthenticationFailedException.class, () -> envelopes.open(sealed, weights, fakeAlice));
        assertThrows(KeyUnavailableException.class, () -> envelopes.open(sealed, weights, server), "the server holds no slot");
        assertThrows(AuthenticationFailedException.class,
                () -> envelopes.open(sealed, EncryptionContext.forPurpose("inference-result"), alice));
    }

    @Test
    void escrowAgentsRecoverWhatNobodyElseCanOpen() {
        List<X25519KeyPair> agents = List.of(alice, bob, carol);
        SealingPolicy policy = SealingPolicy.atRest(server).withRecipients(alice.publicKey())
                .withEscrow(new EscrowPolicy(2, agents.stream().map(X25519KeyPair::publicKey).toList()));
        SealedObject sealed = roundTripBytes(envelopes.seal(payload, weights, policy));
        EscrowBundle bundle = sealed.escrow().orElseThrow();
        assertEquals(2, bundle.threshold());

        List<EscrowShare> shares = new ArrayList<>();
        for (X25519KeyPair agent : List.of(bob, carol)) {
            shares.add(KeyEscrow.openShare(bundle, agent, weights));
        }
        AesKey recovered = KeyEscrow.recover(bundle, shares);
        assertArrayEquals(payload, envelopes.open(sealed, weights, recovered));
        assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, shares.subList(0, 1)));
        assertArrayEquals(payload, envelopes.open(sealed, weights, server));
        assertArrayEquals(payload, envelopes.open(sealed, weights, alice));
        assertTrue(sealed.toString().contains("escrow=2 of [alice, bob, carol]"), sealed.toString());
    }

    @Test
    void rotationRewrapsTheServerSlotWithoutTouchingThePayload() {
        KeyManager rotating = KeyringKeyManager.openOrCreate(new InMemoryStore(), random);
        SealedObject sealed = envelopes.seal(payload, weights, SealingPolicy.atRest(rotating).withRecipients(alice.publicKey()));
        rotating.rotate();
        SealedObject rewrapped = roundTripBytes(envelopes.rewrap(sealed, weights, rotating));
        assertEquals(List.of(KeyId.of("kek-2")), rewrapped.kekIds());
        assertArrayEquals(sealed.payload(), rewrapped.payload());
        assertEquals(sealed.dataKeyId(), rewrapped.dataKeyId());
        rotating.retire(KeyId.of("kek-1"));
        assertArrayEquals(payload, envelopes.open(rewrapped, weights, rotating));
        assertArrayEquals(payload, envelopes.open(rewrapped, weights, alice));
        assertThrows(KeyUnavailableException.class, () -> envelopes.open(sealed, weights, rotating), "old copy needs the retired KEK");
    }

    @Test
    void theServerCanShareAnObjectWithANewRecipient() {
        SealedObject sealed = envelopes.seal(payload, weights, SealingPolicy.atRest(server));
        SealedObject shared = roundTripBytes(envelopes.addRecipient(sealed, weights, server, bob.publicKey()));
        assertArrayEquals(payload, envelopes.open(shared, weights, bob));
        assertArrayEquals(sealed.payload(), shared.payload());
        assertThrows(AuthenticationFailedException.class,
                () -> envelopes.addRecipient(sealed, EncryptionContext.forPurpose("other"), server, carol.publicKey()));
        assertThrows(IllegalArgumentException.class, () -> envelopes.addRecipient(shared, weights, server, bob.publicKey()));
    }

    @Test
    void slotsCannotBeMovedToAnotherObject() {
        SealedObject first = envelopes.seal(payload, weights, SealingPolicy.atRest(server).withRecipients(alice.publicKey()));
        SealedObject second = envelopes.seal("other weights".getBytes(StandardCharsets.UTF_8), weights,
                SealingPolicy.atRest(server).withRecipients(alice.publicKey()));
        SealedObject spliced = second.withSlots(first.slots());
        assertThrows(AuthenticationFailedException.class, () -> envelopes.open(spliced, weights, server));
        assertThrows(AuthenticationFailedException.class, () -> envelopes.open(spliced, weights, alice));
    }

    @Test
    void truncatedOrCorruptedObjectsNeverOpen() {
        SealingPolicy policy = SealingPolicy.atRest(server).withRecipients(alice.publicKey())
                .withEscrow(EscrowPolicy.of(1, bob.publicKey()));
        byte[] encoded = envelopes.seal(payload, weights, policy).encode();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThrows(EncryptionException.class, () -> envelopes.open(SealedObject.decode(truncated), weights, server), "length " + length);
        }
        for (int i = 0; i < encoded.length; i++) {
            byte[] corrupted = encoded.clone();
            corrupted[i] ^= 0x20;
            for (OpenAttempt attempt : List.<OpenAttempt>of(
                    sealed -> envelopes.open(sealed, weights, server),
                    sealed -> envelopes.open(sealed, weights, alice),
                    sealed -> envelopes.open(sealed, weights, KeyEscrow.recover(sealed.escrow().orElseThrow(),
                            List.of(KeyEscrow.openShare(sealed.escrow().orElseThrow(), bob, weights)))))) {
                try {
                    byte[] opened = attempt.open(SealedObject.decode(corrupted));
                    // A flip inside a slot that this attempt does not use leaves the object readable: it must then be intact.
                    assertArrayEquals(payload, opened, "byte " + i);
                } catch (EncryptionException expected) {
                    // reported as malformed, unavailable key, failed authentication or failed recovery
                }
            }
        }
    }

    interface OpenAttempt {
        byte[] open(SealedObject sealed);
    }

    @Test
    void policiesMustLetSomeoneIn() {
        assertThrows(IllegalArgumentException.class, () -> new SealingPolicy(java.util.Optional.empty(), List.of(), java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> SealingPolicy.forRecipients(alice.publicKey(), alice.publicKey()));
    }

    /** A writable store without files, for rotation tests. */
    private static final class InMemoryStore implements KeyringStore {
        private Keyring keyring;

        @Override
        public boolean exists() {
            return keyring != null;
        }

        @Override
        public Keyring load() {
            return keyring;
        }

        @Override
        public void save(Keyring next) {
            keyring = next;
        }

        @Override
        public String describe() {
            return "memory";
        }
    }
}
