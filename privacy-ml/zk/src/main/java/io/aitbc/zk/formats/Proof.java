package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;

/** A Groth16 proof (snarkjs {@code proof.json}): pi_a, pi_b, pi_c. */
public record Proof(G1Point a, G2Point b, G1Point c) {

    public Proof {
        if (a == null || b == null || c == null) {
            throw new IllegalArgumentException("proof points must not be null");
        }
    }
}
