package io.aitbc.model.zkml;

import io.aitbc.model.commit.PublicSignals;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.SnarkjsJson;
import java.time.Duration;

/**
 * A proven inference: the statement (model commitment, input hash, output hash, class, logits, archHash; ZKML-SPEC §4),
 * the Groth16 proof, and the public signals as snarkjs lists them. {@link #proofJson()} and {@link #publicJson()}
 * are the snarkjs files: {@code snarkjs groth16 verify vkey.json public.json proof.json} accepts them.
 */
public record ZkmlProof(PublicSignals statement, Proof proof, io.aitbc.zk.formats.PublicSignals publicSignals,
                        int activationFractionBits, Timings timings) {

    /** Where the time went: quantized reference + hashes, witness (circom wasm in the JVM), Groth16 proof, self-check. */
    public record Timings(Duration reference, Duration witness, Duration prove, Duration check) {
    }

    public int predictedClass() {
        return statement.predictedClass();
    }

    /** The logits as fixed-point integers ({@code fA} fractional bits). */
    public long[] logits() {
        return statement.logits();
    }

    /** The logits as real numbers ({@code z / 2^fA}). */
    public double[] realLogits() {
        long[] z = statement.logits();
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = Math.scalb((double) z[i], -activationFractionBits);
        }
        return r;
    }

    /** snarkjs proof.json. */
    public String proofJson() {
        return SnarkjsJson.toJson(proof);
    }

    /** snarkjs public.json (decimal strings in circom order). */
    public String publicJson() {
        return SnarkjsJson.toJson(publicSignals);
    }
}
