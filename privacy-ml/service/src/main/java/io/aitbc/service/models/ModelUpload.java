package io.aitbc.service.models;

import java.util.Objects;

/** An owner's new model version: the ONNX file and the FHE options. */
public record ModelUpload(byte[] onnx, FheRegistrationOptions fhe) {

    public ModelUpload {
        if (onnx == null || onnx.length == 0) {
            throw new IllegalArgumentException("the ONNX file is empty");
        }
        onnx = onnx.clone();
        Objects.requireNonNull(fhe, "fhe");
    }

    @Override
    public byte[] onnx() {
        return onnx.clone();
    }
}
