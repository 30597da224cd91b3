package io.aitbc.domain.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/** Measured latencies of one inference per privacy level (refreshed by benchmark runs), in milliseconds. */
@Embeddable
public class PerformanceFigures {

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
        this.fheLatencyMs = fheLatencyMs;
        this.zkmlLatencyMs = zkmlLatencyMs;
        this.hybridLatencyMs = hybridLatencyMs;
        this.proofVerifyMs = proofVerifyMs;
        this.measuredAt = measuredAt;
    }

    public static PerformanceFigures notMeasured() {
        return new PerformanceFigures(null, null, null, null, null);
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
