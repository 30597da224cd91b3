package io.aitbc.service.benchmark;

import io.aitbc.domain.model.ModelVersion;
import java.util.Optional;

/**
 * The model version a benchmark measures, detached from persistence.
 *
 * @param onnx the stored ONNX bytes, when the version keeps them (not only a reference)
 */
public record BenchmarkTarget(long modelId, long versionId, int versionNumber, String architectureJson,
                              Optional<byte[]> onnx, Optional<String> commitment, Optional<String> fheParameterSet,
                              String circuitStatus) {

    static BenchmarkTarget of(ModelVersion v) {
        return new BenchmarkTarget(v.model().id(), v.id(), v.number(), v.architectureJson(), v.onnx(), v.commitment(),
                v.fheParameterSet(), v.circuit().status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
