package io.aitbc.domain.benchmark;

import java.util.Arrays;

/** Latencies of repeated runs, in microseconds: how many, median, 95th percentile, min and max. */
public record LatencySummary(int samples, long medianMicros, long p95Micros, long minMicros, long maxMicros) {

    public LatencySummary {
        if (samples < 1) {
            throw new IllegalArgumentException("a latency summary needs at least one sample");
        }
        if (minMicros < 0 || minMicros > medianMicros || medianMicros > p95Micros || p95Micros > maxMicros) {
            throw new IllegalArgumentException("need 0 <= min <= median <= p95 <= max");
        }
    }

    /** Summarizes measured durations (nanoseconds); percentiles by the nearest-rank method. */
    public static LatencySummary ofNanos(long... nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, rank(sorted, 50) / 1000, rank(sorted, 95) / 1000,
                sorted[0] / 1000, sorted[sorted.length - 1] / 1000);
    }

    /** The nearest-rank percentile p of sorted values. */
    public static long rank(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
