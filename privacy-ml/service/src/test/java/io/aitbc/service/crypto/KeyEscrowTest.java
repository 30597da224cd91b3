package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyEscrowTest {

    private final SecureRandom random = new SecureRandom();
    private final KeyEscrow escrow = new KeyEscrow(random);
    private final EncryptionContext context = EncryptionContext.forPurpose("model-weights").with("model", "42");
    private final AesKey dataKey = AesKey.generate(KeyId.of("dek-42"), random);
    private final List<X25519KeyPair> agents = new ArrayList<>();

    KeyEscrowTest() {
        for (int i = 1; i <= 5; i++) {
            agents.add(X25519KeyPair.generate(KeyId.of("agent-" + i), random));
        }
    }

    private EscrowPolicy policy(int threshold) {
        return new EscrowPolicy(threshold, agents.stream().map(X25519KeyPair::publicKey).toList());
    }

    private List<EscrowShare> openAll(EscrowBundle bundle) {
        return agents.stream().map(agent -> KeyEscrow.openShare(bundle, agent, context)).toList();
    }

    @Test
    void everyKSubsetRecoversAndNoKMinusOneSubsetDoes() {
        for (int k = 1; k <= agents.size(); k++) {
            EscrowBundle bundle = EscrowBundle.decode(escrow.escrow(dataKey, policy(k), context).encode());
            List<EscrowShare> shares = openAll(bundle);
            for (List<EscrowShare> subset : ShamirSecretSharingTest.subsets(shares, k)) {
                AesKey recovered = KeyEscrow.recover(bundle, subset);
                assertEquals(dataKey.id(), recovered.id());
                assertArrayEquals(dataKey.material(), recovered.material(), "k=" + k + " " + subset);
            }
            assertArrayEquals(dataKey.material(), KeyEscrow.recover(bundle, shares).material(), "all n shares");
            for (List<EscrowShare> subset : ShamirSecretSharingTest.subsets(shares, k - 1)) {
                EscrowRecoveryException e = assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, subset));
                assertTrue(e.getMessage().contains("needs shares of " + k + " distinct agents, got " + (k - 1)), e.getMessage());
            }
        }
    }

    @Test
    void sharesTravelSealedToTheRecoverer() {
        EscrowBundle bundle = escrow.escrow(dataKey, policy(3), context);
        X25519KeyPair officer = X25519KeyPair.generate(KeyId.of("recovery-officer"), random);
        List<EscrowShare> received = new ArrayList<>();
        for (X25519KeyPair agent : agents.subList(1, 4)) {
            byte[] handedOver = escrow.handOver(KeyEscrow.openShare(bundle, agent, context), officer.publicKey());
            received.add(KeyEscrow.receive(handedOver, officer));
        }
        assertArrayEquals(dataKey.material(), KeyEscrow.recover(bundle, received).material());

        byte[] handedOver = escrow.handOver(KeyEscrow.openShare(bundle, agents.get(0), context), officer.publicKey());
        X25519KeyPair intruder = X25519KeyPair.generate(KeyId.of("intruder"), random);
        assertThrows(KeyUnavailableException.class, () -> KeyEscrow.receive(handedOver, intruder));
        X25519KeyPair impostor = X25519KeyPair.generate(KeyId.of("recovery-officer"), random);
        assertThrows(AuthenticationFailedException.class, () -> KeyEscrow.receive(handedOver, impostor));
        for (int i = 0; i < handedOver.length; i++) {
            byte[] corrupted = handedOver.clone();
            corrupted[i] ^= 0x10;
            assertThrows(EncryptionException.class, () -> KeyEscrow.receive(corrupted, officer), "byte " + i);
        }
    }

    @Test
    void aTamperedShareIsCaughtAndNamed() {
        EscrowBundle bundle = escrow.escrow(dataKey, policy(3), context);
        List<EscrowShare> shares = new ArrayList<>(openAll(bundle).subList(0, 4));
        EscrowShare honest = shares.get(1);
        byte[] y = honest.share().y();
        y[7] ^= 0x01;
        shares.set(1, new EscrowShare(honest.dataKeyId(), honest.agentId(), new ShamirShare(honest.index(), y)));

        EscrowRecoveryException e = assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, shares));
        assertTrue(e.getMessage().contains("share of agent 'agent-2' (index 2) fails its integrity check"), e.getMessage());

        EscrowShare relabelled = new EscrowShare(honest.dataKeyId(), KeyId.of("agent-3"), honest.share());
        assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, List.of(relabelled, shares.get(0), shares.get(2))));
    }

    @Test
    void sharesOfAnotherKeyOrRepeatedSharesDoNotCount() {
        EscrowBundle bundle = escrow.escrow(dataKey, policy(2), context);
        AesKey otherKey = AesKey.generate(KeyId.of("dek-43"), random);
        EscrowBundle other = escrow.escrow(otherKey, policy(2), context);
        EscrowShare mine = KeyEscrow.openShare(bundle, agents.get(0), context);
        EscrowShare foreign = KeyEscrow.openShare(other, agents.get(1), context);
        assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, List.of(mine, foreign)));
        assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, List.of(mine, mine)));

        // Same key id, different escrow: the digests differ, so shares cannot be mixed across bundles.
        EscrowBundle again = escrow.escrow(dataKey, policy(2), context);
        EscrowShare fromAgain = KeyEscrow.openShare(again, agents.get(1), context);
        assertThrows(EscrowRecoveryException.class, () -> KeyEscrow.recover(bundle, List.of(mine, fromAgain)));
    }

    @Test
    void agentsOpenOnlyTheirOwnShareForTheRightContext() {
        EscrowBundle bundle = escrow.escrow(dataKey, policy(2), context);
        X25519KeyPair stranger = X25519KeyPair.generate(KeyId.of("stranger"), random);
        assertThrows(KeyUnavailableException.class, () -> KeyEscrow.openShare(bundle, stranger, context));
        X25519KeyPair impostor = X25519KeyPair.generate(KeyId.of("agent-1"), random);
        assertThrows(AuthenticationFailedException.class, () -> KeyEscrow.openShare(bundle, impostor, context));
        assertThrows(AuthenticationFailedException.class,
                () -> KeyEscrow.openShare(bundle, agents.get(0), EncryptionContext.forPurpose("model-weights").with("model", "43")));
    }

    @Test
    void corruptedOrTruncatedBundlesAreRejected() {
        byte[] encoded = escrow.escrow(dataKey, policy(3), context).encode();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThrows(MalformedCiphertextException.class, () -> EscrowBundle.decode(truncated), "length " + length);
        }
        byte[] trailing = Arrays.copyOf(encoded, encoded.length + 1);
        assertThrows(MalformedCiphertextException.class, () -> EscrowBundle.decode(trailing));

        // Flip every byte after the header: decoding, opening or recovery must fail; never a wrong key.
        for (int i = 3; i < encoded.length; i++) {
            byte[] corrupted = encoded.clone();
            corrupted[i] ^= 0x04;
            try {
                EscrowBundle bundle = EscrowBundle.decode(corrupted);
                AesKey recovered = KeyEscrow.recover(bundle, openAll(bundle));
                throw new AssertionError("byte " + i + " flipped and recovery still gave " + recovered);
            } catch (EncryptionException expected) {
                // MalformedCiphertext, KeyUnavailable (agent id changed), AuthenticationFailed or EscrowRecovery
            }
        }
    }

    @Test
    void validatesPolicies() {
        X25519PublicKey a = agents.get(0).publicKey();
        assertThrows(IllegalArgumentException.class, () -> EscrowPolicy.of(2, a));
        assertThrows(IllegalArgumentException.class, () -> EscrowPolicy.of(0, a));
        assertThrows(IllegalArgumentException.class, () -> EscrowPolicy.of(1, a, a));
        assertThrows(IllegalArgumentException.class, () -> EscrowPolicy.of(1));
        assertEquals("EscrowBundle[dataKey=dek-42, 2 of [agent-1, agent-2, agent-3, agent-4, agent-5]]",
                escrow.escrow(dataKey, policy(2), context).toString());
    }
}
