package io.aitbc.model.hybrid;

import io.aitbc.model.ir.Shape;
import io.aitbc.model.quant.IntTensor;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.zkml.CircuitsToolchain;
import io.aitbc.zk.formats.VerificationKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Shared fixtures of the hybrid tests: INSECURE test-only parameters (N = 32, the production sizes of Q and t),
 * a tiny dense model (8 inputs, 3 outputs), and the three relations compiled once per build under target/ with
 * the circuits module's development powers of tau (2^12, UNSAFE: tests only).
 */
final class TestCircuits {

    static final HybridParameters PARAMS = HybridParameters.insecureForTesting(32);
    static final InputRange RANGE = InputRange.unitInterval(8);
    static final int INPUTS = 8;
    static final int OUTPUTS = 3;

    private static HybridCircuits circuits;
    private static final Map<String, Relation> LOADED = new HashMap<>();

    private TestCircuits() {
    }

    static synchronized HybridCircuits circuits() {
        if (circuits == null) {
            CircuitsToolchain toolchain = CircuitsToolchain.locate();
            circuits = new HybridCircuits(toolchain, Path.of("target", "hybrid-circuits"), toolchain.dir().resolve("ptau/pot12_dev_unsafe.ptau"));
        }
        return circuits;
    }

    /** A dense model 8 -> 3 with random 8-bit weights and 32-bit biases, seeded. */
    static QuantizedModel model(long seed) {
        Random r = new Random(seed);
        long[] w = new long[INPUTS * OUTPUTS];
        for (int i = 0; i < w.length; i++) w[i] = r.nextInt(256) - 128;
        long[] b = new long[OUTPUTS];
        for (int i = 0; i < b.length; i++) b[i] = (long) r.nextInt();
        QDense dense = new QDense(IntTensor.of(Shape.of(OUTPUTS, INPUTS), w), IntTensor.of(Shape.vector(OUTPUTS), b), 6);
        return new QuantizedModel(Shape.vector(INPUTS), List.of(dense), QuantizationParams.DEFAULT);
    }

    /** The same model with other weights. */
    static QuantizedModel withWeights(QuantizedModel m, long[] w) {
        QDense d = (QDense) m.layers().get(0);
        QDense changed = new QDense(IntTensor.of(d.weights().shape(), w), d.bias(), d.weightFractionBits());
        return new QuantizedModel(m.inputShape(), List.of(changed), m.params());
    }

    static long[] input(Random r) {
        long[] x = new long[INPUTS];
        for (int i = 0; i < x.length; i++) x[i] = r.nextInt((int) RANGE.hi() + 1);
        return x;
    }

    /** The relation's prover and verification key, loaded once per test JVM. */
    static synchronized Relation relation(CircuitMain main) {
        return LOADED.computeIfAbsent(main.source(), s -> {
            try {
                CircuitArtifacts a = circuits().artifacts(main);
                return new Relation(ProvingCircuit.load(a), a.verificationKey());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    record Relation(ProvingCircuit prover, VerificationKey vk) {
    }
}
