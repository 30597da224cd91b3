package io.aitbc.model.zkml;

import io.aitbc.model.quant.QuantizedModel;
import java.util.function.Function;

/** The two circuits of a model (docs/ZKML-SPEC.md §4): inference, and model integrity (the commitment alone). */
public enum CircuitKind {
    INFERENCE("inference", CircuitGenerator::inferenceMain),
    INTEGRITY("integrity", CircuitGenerator::integrityMain);

    private final String baseName;
    private final Function<QuantizedModel, String> generator;

    CircuitKind(String baseName, Function<QuantizedModel, String> generator) {
        this.baseName = baseName;
        this.generator = generator;
    }

    /** File base name of this circuit's artifacts: {@code <base>.circom}, {@code .r1cs}, {@code .wasm}, ... */
    public String baseName() {
        return baseName;
    }

    public String mainSource(QuantizedModel model) {
        return generator.apply(model);
    }
}
