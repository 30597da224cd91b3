package io.aitbc.service.zkml;

import java.time.Instant;

/**
 * A version's zkML circuit as the API shows it.
 *
 * @param status       not_built, building, ready or failed
 * @param error        why the build failed (or why the model cannot run under zkML)
 * @param jobId        the build job, whose progress is shown here too
 * @param ptauUnsafe   the keys come from a development powers of tau (forgeable: not for production)
 */
public record CircuitView(long modelId, int version, String modelCommitment, String archHash, String status,
                          String error, Long jobId, String jobStatus, int progressPercent, String progressStep,
                          Instant eta, Integer constraints, Integer publicSignals, Integer domainLog, String ptau,
                          Boolean ptauUnsafe, Double compileSeconds, Double setupSeconds) {
}
