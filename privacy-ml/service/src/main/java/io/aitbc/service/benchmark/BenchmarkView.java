package io.aitbc.service.benchmark;

import io.aitbc.domain.benchmark.BenchmarkResult;
import java.time.Instant;

/** One benchmark measurement as the API shows it (latencies in microseconds). */
public record BenchmarkView(long id, long modelId, int modelVersion, String benchmark, int samples, long medianMicros,
                            long p95Micros, long minMicros, long maxMicros, Long jobId, Instant measuredAt) {

    static BenchmarkView of(BenchmarkResult r) {
        var l = r.latency();
        return new BenchmarkView(r.id(), r.modelId(), r.versionNumber(), r.benchmark(), l.samples(), l.medianMicros(),
                l.p95Micros(), l.minMicros(), l.maxMicros(), r.jobId().orElse(null), r.measuredAt());
    }
}
