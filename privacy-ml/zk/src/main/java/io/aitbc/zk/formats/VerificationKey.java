package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import java.util.List;

/**
 * Groth16 verification key (snarkjs {@code verification_key.json}, protocol groth16, curve bn128).
 * {@code ic} holds one point per public signal plus the constant term first: {@code ic.size() == nPublic + 1}.
 * Points are validated (on curve, G2 in subgroup) when constructed.
 */
public record VerificationKey(int nPublic, G1Point alpha1, G2Point beta2, G2Point gamma2, G2Point delta2, List<G1Point> ic) {

    public VerificationKey {
        if (nPublic < 0) {
            throw new IllegalArgumentException("nPublic must be >= 0");
        }
        if (alpha1 == null || beta2 == null || gamma2 == null || delta2 == null || ic == null) {
            throw new IllegalArgumentException("verification key points must not be null");
        }
        ic = List.copyOf(ic);
        if (ic.size() != nPublic + 1) {
            throw new IllegalArgumentException("IC must have nPublic + 1 = " + (nPublic + 1) + " points, has " + ic.size());
        }
    }
}
