package io.aitbc.service.encoding;

import java.time.Instant;

/**
 * A version's encoding as the API shows it (the shape of the circuit's view).
 *
 * @param status          not_started, encoding, ready or failed
 * @param error           why the encoding failed, or null
 * @param jobId           the model-encoding job, whose progress is shown here too
 * @param weightsSealed   the ONNX file is stored only sealed (AES-256-GCM envelope)
 * @param fheLayers       packed linear layers whose plaintexts the job prepares, or null without an FHE profile
 */
public record EncodingView(long modelId, int version, String status, String error, Long jobId, String jobStatus,
                           int progressPercent, String progressStep, Instant eta, boolean weightsSealed, Integer fheLayers) {
}
