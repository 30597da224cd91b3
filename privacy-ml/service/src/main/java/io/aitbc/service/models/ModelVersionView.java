package io.aitbc.service.models;

import io.aitbc.domain.model.ModelVersion;
import java.time.Instant;

/** A model version's metadata (the ONNX bytes are downloaded separately). */
public record ModelVersionView(long id, long modelId, int number, String architectureJson, String onnxSha256,
                               String onnxReference, String commitment, String fheParameterSet,
                               String circuitStatus, Instant createdAt) {

    static ModelVersionView of(ModelVersion v) {
        return new ModelVersionView(v.id(), v.model().id(), v.number(), v.architectureJson(), v.onnxSha256(),
                v.onnxReference().orElse(null), v.commitment().orElse(null), v.fheParameterSet().orElse(null),
                v.circuit().status().name().toLowerCase(java.util.Locale.ROOT), v.createdAt());
    }
}
