package io.aitbc.domain.proof;

/** Proof systems the platform produces and verifies. */
public enum ProofSystem {
    /** Groth16 on BN254 in snarkjs' JSON formats (proof.json, public.json). */
    GROTH16_BN254
}
