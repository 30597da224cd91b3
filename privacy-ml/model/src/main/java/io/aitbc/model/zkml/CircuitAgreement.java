package io.aitbc.model.zkml;

import io.aitbc.model.commit.CircuitInputs;
import io.aitbc.model.commit.PublicSignals;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import io.aitbc.zk.witness.WitnessCalculator;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a model's compiled inference circuit (its witness calculator, no proof) and compares what it exposes with the
 * Java quantized reference: the check that circuit and reference agree bit for bit, on as many inputs as wanted
 * (e.g. a test set), at the cost of witnesses only. Not thread-safe (one witness calculator).
 */
public final class CircuitAgreement {
    private final QuantizedModel model;
    private final WitnessCalculator circuit;
    private final int publicSignals;

    private CircuitAgreement(QuantizedModel model, WitnessCalculator circuit) {
        this.model = model;
        this.circuit = circuit;
        this.publicSignals = CircuitLayout.of(model).publicSignalCount();
    }

    /** Loads the inference circuit's witness calculator ({@code inference.wasm} of the model's artifacts). */
    public static CircuitAgreement load(QuantizedModel model, Path wasm) throws IOException {
        return new CircuitAgreement(model, CircomWasmWitnessCalculator.load(wasm));
    }

    /** The circuit's public signals for the quantized input {@code x} (wire 0 is the constant 1, then the public ones). */
    public List<BigInteger> circuitSignals(long[] x) {
        WitnessFile w = circuit.calculate(CircuitInputs.inference(model, x));
        List<BigInteger> out = new ArrayList<>(publicSignals);
        for (int i = 1; i <= publicSignals; i++) {
            out.add(w.get(i).toBigInteger());
        }
        return out;
    }

    /** The reference's statement for {@code x}, after checking that the circuit exposes exactly the same signals. */
    public PublicSignals requireAgreement(long[] x) {
        PublicSignals expected = PublicSignals.of(model, x);
        requireEqual(circuitSignals(x), expected);
        return expected;
    }

    /** Fails with a {@link CircuitMismatchException} unless the circuit's signals are the reference's, bit for bit. */
    static void requireEqual(List<BigInteger> circuit, PublicSignals reference) {
        if (!circuit.equals(reference.toFieldElements())) {
            throw new CircuitMismatchException("circuit public signals " + circuit + " differ from the Java reference "
                    + reference.toFieldElements());
        }
    }
}
