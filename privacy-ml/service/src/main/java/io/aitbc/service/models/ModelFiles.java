package io.aitbc.service.models;

import io.aitbc.service.crypto.EncryptionContext;

/** How model files are sealed at rest: the encryption context binds them to their model and version. */
public final class ModelFiles {

    public static final String ONNX_PURPOSE = "model-onnx";

    private ModelFiles() {
    }

    public static EncryptionContext onnxContext(long modelId, int versionNumber) {
        return EncryptionContext.forPurpose(ONNX_PURPOSE).with("model-id", Long.toString(modelId))
                .with("model-version", Integer.toString(versionNumber));
    }
}
