package io.aitbc.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a model version consists of: the architecture (JSON, as the model module describes layers and
 * shapes), the ONNX file itself or a reference to where it is stored, the Poseidon commitment of the
 * quantized weights and the FHE parameter set it is evaluated with.
 *
 * @param architectureJson JSON description of layers and shapes
 * @param onnx             the ONNX bytes, or null when only a reference is stored
 * @param onnxReference    where the ONNX file is stored (URI), or null when the bytes are stored
 * @param commitment       commitment to the quantized weights (decimal field element), or null until computed
 * @param fheParameterSet  id of the FHE parameter set, or null until chosen
 */
public record ModelContent(String architectureJson, byte[] onnx, String onnxReference, String commitment,
                           String fheParameterSet) {

    public ModelContent {
        Objects.requireNonNull(architectureJson, "architectureJson");
        if ((onnx == null) == (onnxReference == null)) {
            throw new IllegalArgumentException("give either the ONNX bytes or a reference to them, not both or neither");
        }
        onnx = onnx == null ? null : onnx.clone();
    }

    @Override
    public byte[] onnx() {
        return onnx == null ? null : onnx.clone();
    }

    public Optional<String> reference() {
        return Optional.ofNullable(onnxReference);
    }
}
