package io.aitbc.domain.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Measured latencies of one inference (refreshed by benchmark runs): per privacy level and proof
 * verification in milliseconds, and the plaintext reference (the same model run in the clear, what the
 * privacy costs are compared with) in microseconds. Immutable: a measurement makes a new value.
 */
@Embeddable
public class PerformanceFigures {

    /** What a figure measures. */
    public enum Metric { PLAINTEXT, FHE, ZKML, HYBRID, PROOF_VERIFY }

    @Column(name = "plaintext_latency_micros")
    private Long plaintextLatencyMicros;

    @Column(name = "fhe_latency_ms")
    private Long fheLatencyMs;

    @Column(name = "zkml_latency_ms")
    private Long zkmlLatencyMs;

    @Column(name = "hybrid_latency_ms")
    private Long hybridLatencyMs;

    @Column(name = "proof_verify_ms")
    private Long proofVerifyMs;

    @Column(name = "measured_at")
    private Instant measuredAt;

    protected PerformanceFigures() {
        // for JPA
    }

    public PerformanceFigures(Long fheLatencyMs, Long zkmlLatencyMs, Long hybridLatencyMs, Long proofVerifyMs,
                              Instant measuredAt) {
        this(null, fheLatencyMs, zkmlLatencyMs, hybridLatencyMs, proofVerifyMs, measuredAt);
    }

    private PerformanceFigures(Long plaintextLatencyMicros, Long fheLatencyMs, Long zkmlLatencyMs, Long hybridLatencyMs,
                               Long proofVerifyMs, Instant measuredAt) {
        this.plaintextLatencyMicros = plaintextLatencyMicros;
        this.fheLatencyMs = fheLatencyMs;
        this.zkmlLatencyMs = zkmlLatencyMs;
        this.hybridLatencyMs = hybridLatencyMs;
        this.proofVerifyMs = proofVerifyMs;
        this.measuredAt = measuredAt;
    }

    public static PerformanceFigures notMeasured() {
        return new PerformanceFigures(null, null, null, null, null, null);
    }

    /** These figures with one metric replaced by a new measurement (a median, in microseconds). */
    public PerformanceFigures with(Metric metric, long micros, Instant at) {
        Objects.requireNonNull(at, "at");
        if (micros < 0) {
            throw new IllegalArgumentException("a latency cannot be negative");
        }
        long ms = Math.round(micros / 1000.0);
        return switch (Objects.requireNonNull(metric)) {
            case PLAINTEXT -> new PerformanceFigures(micros, fheLatencyMs, zkmlLatencyMs, hybridLatencyMs, proofVerifyMs, at);
            case FHE -> new PerformanceFigures(plaintextLatencyMicros, ms, zkmlLatencyMs, hybridLatencyMs, proofVerifyMs, at);
            case ZKML -> new PerformanceFigures(plaintextLatencyMicros, fheLatencyMs, ms, hybridLatencyMs, proofVerifyMs, at);
            case HYBRID -> new PerformanceFigures(plaintextLatencyMicros, fheLatencyMs, zkmlLatencyMs, ms, proofVerifyMs, at);
            case PROOF_VERIFY -> new PerformanceFigures(plaintextLatencyMicros, fheLatencyMs, zkmlLatencyMs, hybridLatencyMs, ms, at);
        };
    }

    public Optional<Long> plaintextLatencyMicros() {
        return Optional.ofNullable(plaintextLatencyMicros);
    }

    public Optional<Long> fheLatencyMs() {
        return Optional.ofNullable(fheLatencyMs);
    }

    public Optional<Long> zkmlLatencyMs() {
        return Optional.ofNullable(zkmlLatencyMs);
    }

    public Optional<Long> hybridLatencyMs() {
        return Optional.ofNullable(hybridLatencyMs);
    }

    public Optional<Long> proofVerifyMs() {
        return Optional.ofNullable(proofVerifyMs);
    }

    public Optional<Instant> measuredAt() {
        return Optional.ofNullable(measuredAt);
    }
}
