package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.formats.Proof;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A Groth16 proof of a hybrid relation with the prover's witness commitment (the circuit's public output from
 * which the Fiat-Shamir challenges are derived). The verifier rebuilds every other public signal itself.
 */
public record HybridProof(Proof proof, BigInteger commitment) {

    public HybridProof {
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(commitment, "commitment");
        if (commitment.signum() < 0 || commitment.compareTo(Fr.MODULUS) >= 0) {
            throw new IllegalArgumentException("the commitment is not a canonical field element");
        }
    }
}
