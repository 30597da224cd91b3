package io.aitbc.domain.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProofAnchoringTest {

    private static final Instant T = Instant.parse("2026-11-25T07:00:00Z");

    private static Proof proof() {
        return new Proof(1L, 2L, ProofSystem.GROTH16_BN254, "{}", "[]", T);
    }

    @Test
    void onlyAVerifiedProofIsAnchoredAndAFailureCanBeRetried() {
        Proof p = proof();
        assertThrows(IllegalStateException.class, () -> p.recordAnchored("0xab", "receipt 1", T));
        p.recordVerification(true, Duration.ofMillis(3), T);
        p.recordAnchorFailure("retryable: node unreachable");
        assertEquals(AnchorStatus.FAILED, p.anchorStatus().orElseThrow());
        assertEquals("retryable: node unreachable", p.anchorError().orElseThrow());
        p.recordAnchored("0xab", "receipt 1", T);
        assertEquals(AnchorStatus.ANCHORED, p.anchorStatus().orElseThrow());
        assertTrue(p.anchorError().isEmpty(), "the old failure is cleared");
        assertThrows(IllegalStateException.class, () -> p.recordAnchorFailure("late"));
    }

    @Test
    void longReasonsAreCut() {
        Proof p = proof();
        p.recordAnchorFailure("x".repeat(Proof.MAX_ANCHOR_ERROR + 10));
        assertEquals(Proof.MAX_ANCHOR_ERROR, p.anchorError().orElseThrow().length());
    }
}
