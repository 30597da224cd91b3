package io.aitbc.service.benchmark;

import io.aitbc.domain.benchmark.LatencySummary;
import io.aitbc.domain.marketplace.PerformanceFigures;
import java.util.Optional;

/**
 * A measurement of one way of running a model (service provider interface). Implementations are CDI beans
 * ({@code @ApplicationScoped}) anywhere in the application; benchmark runs find them all and run each one
 * that {@link #supports} the model version. The FHE and zkML services provide theirs (encrypted inference,
 * proof generation and verification); {@link PlaintextReferenceBenchmark} is the reference.
 */
public interface ModelBenchmark {

    /** Lower-case name with dashes, unique in the application, e.g. {@code fhe-inference}; at most 40 characters. */
    String name();

    /** The listing figure this benchmark's median refreshes, if any. */
    Optional<PerformanceFigures.Metric> listingMetric();

    /** Whether the version has what this benchmark needs (stored weights, an FHE profile, a built circuit, ...). */
    boolean supports(BenchmarkTarget target);

    /**
     * Runs the measurement: a few warm-up runs, then timed runs. Called outside any transaction; may take
     * long. Throws to report that the measurement failed (the reason is recorded on the benchmark job).
     */
    LatencySummary measure(BenchmarkTarget target);
}
