package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.G1Point;

/**
 * Section 10 of a zkey (snarkjs's MPC transcript: a 64-byte circuit hash and the list of
 * contributions). We write the layout snarkjs expects with an all-zero circuit hash and no recorded
 * contributions: {@code snarkjs groth16 prove/verify} and {@code zkey export} work with it, but
 * {@code snarkjs zkey verify} (which re-derives the hash and checks contribution proofs) does not.
 */
final class MpcParams {

    private MpcParams() {
    }

    static byte[] initial() {
        return new byte[64 + 4];
    }

    /** The transcript after our contribution; the contribution is applied to the key but not recorded. */
    static byte[] withContribution(byte[] previous, G1Point newDelta1) {
        return previous.clone();
    }
}
