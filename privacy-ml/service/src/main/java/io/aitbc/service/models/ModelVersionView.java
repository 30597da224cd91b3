package io.aitbc.service.models;

import io.aitbc.domain.model.ModelVersion;
import java.time.Instant;
import java.util.Locale;

/**
 * A model version's metadata. The ONNX file itself is never served (it is sealed at rest); its size and
 * SHA-256 let the owner check which file a version holds. The FHE profile is served by its own endpoint.
 *
 * @param architectureJson canonical zkML architecture JSON (or a layer summary when the model cannot be quantized)
 * @param fheUnavailable   why the version cannot run under FHE, or null when it has a profile
 * @param circuitError     why the circuit could not be built, or null
 * @param encodingStatus   the model-encoding job's state: not_started, encoding, ready or failed (details and progress
 *                         at .../versions/{n}/encoding)
 */
public record ModelVersionView(long id, long modelId, int number, String architectureJson, String archHash,
                               String commitment, String onnxSha256, Long onnxSize, boolean fheAvailable,
                               String fheParameterSet, String fheUnavailable, String circuitStatus, String circuitError,
                               String encodingStatus, Instant createdAt) {

    public static ModelVersionView of(ModelVersion v) {
        return new ModelVersionView(v.id(), v.model().id(), v.number(), v.architectureJson(), v.archHash().orElse(null),
                v.commitment().orElse(null), v.onnxSha256(), v.onnxSize(), v.fheUnavailableReason().isEmpty(),
                v.fheParameterSet().orElse(null), v.fheUnavailableReason().orElse(null),
                v.circuit().status().name().toLowerCase(Locale.ROOT), v.circuit().error(),
                v.encoding().status().name().toLowerCase(Locale.ROOT), v.createdAt());
    }
}
