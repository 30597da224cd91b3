package io.aitbc.domain.benchmark;

import io.aitbc.domain.model.ModelVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One measurement of one benchmark (e.g. plaintext reference, FHE inference) on a model version. Immutable. */
@Entity
@Table(name = "benchmark_result")
public class BenchmarkResult {

    public static final int MAX_NAME = 40;

    @Id
    @SequenceGenerator(name = "benchmark_result_seq", sequenceName = "benchmark_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benchmark_result_seq")
    private Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "model_version_id", nullable = false, updatable = false)
    private long modelVersionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false, length = MAX_NAME)
    private String benchmark;

    @Column(nullable = false, updatable = false)
    private int samples;

    @Column(name = "median_micros", nullable = false, updatable = false)
    private long medianMicros;

    @Column(name = "p95_micros", nullable = false, updatable = false)
    private long p95Micros;

    @Column(name = "min_micros", nullable = false, updatable = false)
    private long minMicros;

    @Column(name = "max_micros", nullable = false, updatable = false)
    private long maxMicros;

    @Column(name = "job_id", updatable = false)
    private Long jobId;

    @Column(name = "measured_at", nullable = false, updatable = false)
    private Instant measuredAt;

    protected BenchmarkResult() {
        // for JPA
    }

    public BenchmarkResult(ModelVersion version, String benchmark, LatencySummary latency, Long jobId, Instant now) {
        Objects.requireNonNull(benchmark, "benchmark");
        if (!benchmark.matches("[a-z0-9][a-z0-9-]{0," + (MAX_NAME - 1) + "}")) {
            throw new IllegalArgumentException("benchmark names are lower-case words with dashes: " + benchmark);
        }
        this.modelId = version.model().id();
        this.modelVersionId = version.id();
        this.versionNumber = version.number();
        this.benchmark = benchmark;
        this.samples = latency.samples();
        this.medianMicros = latency.medianMicros();
        this.p95Micros = latency.p95Micros();
        this.minMicros = latency.minMicros();
        this.maxMicros = latency.maxMicros();
        this.jobId = jobId;
        this.measuredAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long modelId() {
        return modelId;
    }

    public long modelVersionId() {
        return modelVersionId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String benchmark() {
        return benchmark;
    }

    public LatencySummary latency() {
        return new LatencySummary(samples, medianMicros, p95Micros, minMicros, maxMicros);
    }

    public Optional<Long> jobId() {
        return Optional.ofNullable(jobId);
    }

    public Instant measuredAt() {
        return measuredAt;
    }
}
