package io.aitbc.model.zkml;

import io.aitbc.model.quant.QLinear;
import io.aitbc.model.quant.QuantizedModel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signal layout of a model's inference circuit (circuits/README.md, "Generating a model's main circuit"):
 * private inputs {@code archHash, x, w0, b0, w1, b1, ...} and the public outputs
 * {@code modelCommitment, inputHash, outputHash, predictedClass, logits[k]}. Used both to emit the main file and
 * to build the witness input, so the two cannot drift apart.
 */
public final class CircuitLayout {
    /** Public signals before the logits: modelCommitment, inputHash, outputHash, predictedClass. */
    public static final int SIGNALS_BEFORE_LOGITS = 4;

    private final QuantizedModel model;
    private final List<ParameterTensor> parameters;

    private CircuitLayout(QuantizedModel model) {
        this.model = model;
        List<ParameterTensor> p = new ArrayList<>();
        List<QLinear> linear = model.linearLayers();
        for (int i = 0; i < linear.size(); i++) {
            p.add(new ParameterTensor("w" + i, linear.get(i).weights().size(), model.params().bW()));
            p.add(new ParameterTensor("b" + i, linear.get(i).bias().size(), model.params().bB()));
        }
        this.parameters = List.copyOf(p);
    }

    public static CircuitLayout of(QuantizedModel model) {
        return new CircuitLayout(model);
    }

    public QuantizedModel model() {
        return model;
    }

    /** Length of the flat input {@code x}. */
    public int inputSize() {
        return model.inputShape().size();
    }

    /** Number of logits {@code k}. */
    public int classes() {
        return model.classes();
    }

    /** {@code w0, b0, w1, b1, ...}: declaration and commitment order. */
    public List<ParameterTensor> parameters() {
        return parameters;
    }

    /** Sum of the packed lengths: the {@code nParams} of {@code ModelCommitment}. */
    public int packedParameterCount() {
        return parameters.stream().mapToInt(ParameterTensor::packedLength).sum();
    }

    /** Number of public signals of the inference circuit: {@code 4 + k + 1} (ZKML-SPEC §4). */
    public int publicSignalCount() {
        return SIGNALS_BEFORE_LOGITS + classes() + 1;
    }

    /**
     * The witness input of the inference circuit for an already quantized input: {@code archHash}, {@code x},
     * then every parameter tensor, as field elements (a negative {@code v} is {@code p + v}).
     */
    public Map<String, List<BigInteger>> witnessInputs(BigInteger archHash, long[] x) {
        if (x.length != inputSize()) {
            throw new IllegalArgumentException("the circuit takes " + inputSize() + " input values, got " + x.length);
        }
        Map<String, List<BigInteger>> in = new LinkedHashMap<>();
        in.put("archHash", List.of(archHash));
        in.put("x", FieldElements.of(x));
        putParameters(in);
        return in;
    }

    /** The witness input of the model integrity circuit: {@code archHash} and the parameter tensors. */
    public Map<String, List<BigInteger>> integrityWitnessInputs(BigInteger archHash) {
        Map<String, List<BigInteger>> in = new LinkedHashMap<>();
        in.put("archHash", List.of(archHash));
        putParameters(in);
        return in;
    }

    private void putParameters(Map<String, List<BigInteger>> in) {
        List<QLinear> linear = model.linearLayers();
        for (int i = 0; i < linear.size(); i++) {
            in.put(parameters.get(2 * i).name(), FieldElements.of(linear.get(i).weights().toArray()));
            in.put(parameters.get(2 * i + 1).name(), FieldElements.of(linear.get(i).bias().toArray()));
        }
    }
}
