package io.aitbc.service.benchmark;

import io.aitbc.domain.model.ModelVersion;
import java.util.Optional;

/**
 * The model version a benchmark measures, detached from persistence.
 *
 * @param hasOnnx whether the version holds an ONNX file (stored sealed: {@code ModelArtifacts} opens it)
 */
public record BenchmarkTarget(long modelId, long versionId, int versionNumber, String architectureJson,
                              boolean hasOnnx, Optional<String> commitment, Optional<String> fheParameterSet,
                              String circuitStatus) {

    static BenchmarkTarget of(ModelVersion v) {
        return new BenchmarkTarget(v.model().id(), v.id(), v.number(), v.architectureJson(), v.onnxSealed().isPresent(),
                v.commitment(),
                v.fheParameterSet(), v.circuit().status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
