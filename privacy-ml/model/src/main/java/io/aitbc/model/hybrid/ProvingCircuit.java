package io.aitbc.model.hybrid;

import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.ProofResult;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import io.aitbc.zk.formats.WitnessFile;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * A relation loaded for proving: its proving key and witness calculator (circom wasm in the JVM). Load once
 * and reuse; witness calculations are serialized (the calculator is single-threaded).
 */
public final class ProvingCircuit {

    /** Wall times of the last proof's witness calculation and Groth16 proving (diagnostics for benchmarks). */
    public record Timings(long witnessNanos, long groth16Nanos) {
    }

    private final ZKey zkey;
    private final CircomWasmWitnessCalculator calculator;
    private volatile Timings last = new Timings(0, 0);

    private ProvingCircuit(ZKey zkey, CircomWasmWitnessCalculator calculator) {
        this.zkey = zkey;
        this.calculator = calculator;
    }

    /** Size of the Groth16 evaluation domain (a power of two above constraints + public inputs). */
    public int domainSize() {
        return zkey.domainSize();
    }

    public Timings lastTimings() {
        return last;
    }

    public static ProvingCircuit load(CircuitArtifacts artifacts) throws IOException {
        return new ProvingCircuit(ZKey.read(artifacts.zkey()), CircomWasmWitnessCalculator.load(artifacts.wasm()));
    }

    /**
     * Computes the witness and a Groth16 proof, and checks that the circuit's public signals are exactly the
     * ones the verifier will rebuild (a prover-side bug would otherwise surface only as a rejected proof).
     */
    ProofResult prove(Map<String, List<BigInteger>> inputs, List<BigInteger> expectedPublic, SecureRandom random) {
        long start = System.nanoTime();
        WitnessFile witness;
        synchronized (calculator) {
            witness = calculator.calculate(inputs); // the circom wasm checks every constraint while computing it
        }
        long computed = System.nanoTime();
        ProofResult r = Groth16Prover.prove(zkey, witness, random);
        last = new Timings(computed - start, System.nanoTime() - computed);
        if (!r.publicSignals().equals(PublicSignals.ofIntegers(expectedPublic))) {
            throw new IllegalStateException("the circuit's public signals differ from the statement's");
        }
        return r;
    }
}
