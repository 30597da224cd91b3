package io.aitbc.model.zkml;

import io.aitbc.model.commit.CircuitInputs;
import io.aitbc.model.commit.PublicSignals;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.quant.FixedPoint;
import io.aitbc.model.quant.QuantizationRangeException;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.Groth16Verifier;
import io.aitbc.zk.groth16.ProofResult;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import io.aitbc.zk.witness.WitnessCalculationException;
import io.aitbc.zk.witness.WitnessCalculator;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Proves inferences of one model with its artifacts: quantizes the input (ZKML-SPEC §1), runs the Java quantized
 * reference, computes the witness with circom's wasm in the JVM, proves with our Groth16 prover, and returns the proof
 * only after checking that the circuit's public signals equal the reference's bit for bit and that the proof verifies.
 *
 * <p>Loading is slow (the proving key, and compiling the witness calculator to bytecode): keep one instance per model
 * and reuse it. Thread-safe: witness calculations take turns (the calculator has state), proofs run in parallel.
 */
public final class ZkmlProver {
    private final QuantizedModel model;
    private final CircuitLayout layout;
    private final ModelBinding binding;
    private final ZKey zkey;
    private final Groth16Verifier selfCheck;
    private final WitnessCalculator witness;
    private final ReentrantLock witnessLock = new ReentrantLock();

    private ZkmlProver(QuantizedModel model, ModelBinding binding, ZKey zkey, WitnessCalculator witness) {
        this.model = model;
        this.layout = CircuitLayout.of(model);
        this.binding = binding;
        this.zkey = zkey;
        this.selfCheck = new Groth16Verifier(zkey.verificationKey());
        this.witness = witness;
    }

    /** Loads the inference circuit's proving key and witness calculator; the artifacts must be this model's. */
    public static ZkmlProver load(QuantizedModel model, ZkmlArtifacts artifacts) throws IOException {
        ModelBinding binding = ModelBinding.of(model);
        if (!binding.modelCommitment().equals(artifacts.modelCommitment()) || !binding.archHash().equals(artifacts.archHash())) {
            throw new IllegalArgumentException("the artifacts in " + artifacts.directory() + " belong to model commitment "
                    + artifacts.modelCommitment() + ", not to this model (" + binding.modelCommitment() + ")");
        }
        CircuitArtifacts c = artifacts.inference();
        ZKey zkey = ZKey.read(c.zkey());
        if (zkey.nPublic() != CircuitLayout.of(model).publicSignalCount()) {
            throw new IllegalArgumentException(c.zkey() + " has " + zkey.nPublic() + " public signals, the model's circuit "
                    + CircuitLayout.of(model).publicSignalCount());
        }
        return new ZkmlProver(model, binding, zkey, CircomWasmWitnessCalculator.load(c.wasm()));
    }

    public ModelBinding binding() {
        return binding;
    }

    /** Proves the model's inference on a real-valued input (flat, row-major: {@code C*H*W} values for an image). */
    public ZkmlProof prove(double[] input) {
        requireShape(input.length);
        long[] x;
        try {
            x = QuantizedInference.quantizeInput(model, input);
        } catch (QuantizationRangeException e) {
            throw new ZkmlInputException(ZkmlInputException.Reason.INPUT_OUT_OF_RANGE, e.getMessage() + " (the model takes "
                    + model.params().bIn() + "-bit inputs with " + model.params().fA() + " fractional bits)", e);
        }
        return proveQuantized(x);
    }

    /** Proves the inference on an already quantized input ({@code bIn}-bit integers with {@code fA} fractional bits). */
    public ZkmlProof proveQuantized(long[] x) {
        requireShape(x.length);
        for (int i = 0; i < x.length; i++) {
            if (!FixedPoint.fits(x[i], model.params().bIn())) {
                throw new ZkmlInputException(ZkmlInputException.Reason.INPUT_OUT_OF_RANGE, "input " + i + " = " + x[i]
                        + " is outside the signed " + model.params().bIn() + "-bit input range", null);
            }
        }
        long t0 = System.nanoTime();
        PublicSignals expected;
        try {
            expected = PublicSignals.of(model, x);
        } catch (QuantizationRangeException e) {
            throw new ZkmlInputException(ZkmlInputException.Reason.ACTIVATION_OUT_OF_RANGE, e.getMessage(), e);
        }
        long t1 = System.nanoTime();
        WitnessFile w;
        witnessLock.lock();
        try {
            w = witness.calculate(CircuitInputs.inference(model, x));
        } catch (WitnessCalculationException e) {
            // the reference accepted the input, so the circuit must too
            throw new CircuitMismatchException("the circuit rejected an input the Java reference accepts: " + e.getMessage());
        } finally {
            witnessLock.unlock();
        }
        long t2 = System.nanoTime();
        ProofResult r = Groth16Prover.prove(zkey, w);
        long t3 = System.nanoTime();
        CircuitAgreement.requireEqual(r.publicSignals().asBigIntegers(), expected);
        if (!selfCheck.verify(r.publicSignals(), r.proof())) {
            throw new CircuitMismatchException("the fresh proof does not verify against the model's verification key");
        }
        long t4 = System.nanoTime();
        return new ZkmlProof(expected, r.proof(), r.publicSignals(), model.params().fA(),
                new ZkmlProof.Timings(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                        Duration.ofNanos(t4 - t3)));
    }

    private void requireShape(int n) {
        if (n != layout.inputSize()) {
            throw new ZkmlInputException(ZkmlInputException.Reason.WRONG_SHAPE, "the model takes " + layout.inputSize()
                    + " input values (shape " + model.inputShape() + ", flattened row-major), got " + n, null);
        }
    }

    /** The input hash a proof of {@code x} will carry (for clients that want to bind their own input). */
    public BigInteger inputHash(long[] x) {
        requireShape(x.length);
        return ZkmlCommitments.inputHash(model, x);
    }
}
