package io.aitbc.model.zkml;

import io.aitbc.model.quant.QLinear;
import io.aitbc.model.quant.QuantizedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The signal layout of a model's inference circuit (circuits/README.md, "Generating a model's main circuit"):
 * private inputs {@code archHash, x, w0, b0, w1, b1, ...} and the public outputs
 * {@code modelCommitment, inputHash, outputHash, predictedClass, logits[k]}. The witness input with these names is
 * {@link io.aitbc.model.commit.CircuitInputs}.
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
}
