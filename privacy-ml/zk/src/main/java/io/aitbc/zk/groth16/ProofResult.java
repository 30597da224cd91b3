package io.aitbc.zk.groth16;

import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.PublicSignals;

/** A proof with the public signals it proves (snarkjs proof.json + public.json). */
public record ProofResult(Proof proof, PublicSignals publicSignals) {
}
