package io.aitbc.domain.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    /** Nearest-rank percentile by its definition: the smallest value with at least p% of the values at or below it. */
    private static long naive(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (long v : sorted) {
            long atOrBelow = Arrays.stream(sorted).filter(x -> x <= v).count();
            if (atOrBelow * 100 >= (long) p * sorted.length) {
                return v;
            }
        }
        throw new AssertionError();
    }

    @Test
    void percentilesAreNearestRank() {
        Random random = new Random(7);
        for (int n = 1; n <= 60; n++) {
            long[] nanos = random.longs(n, 0, 5_000_000).toArray();
            LatencySummary s = LatencySummary.ofNanos(nanos);
            assertEquals(naive(nanos, 50) / 1000, s.medianMicros(), "n=" + n);
            assertEquals(naive(nanos, 95) / 1000, s.p95Micros(), "n=" + n);
            assertEquals(Arrays.stream(nanos).min().orElseThrow() / 1000, s.minMicros());
            assertEquals(Arrays.stream(nanos).max().orElseThrow() / 1000, s.maxMicros());
            assertEquals(n, s.samples());
        }
    }

    @Test
    void inconsistentSummariesAreRefused() {
        assertThrows(IllegalArgumentException.class, LatencySummary::ofNanos);
        assertThrows(IllegalArgumentException.class, () -> new LatencySummary(0, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LatencySummary(3, 5, 4, 1, 9));
        assertThrows(IllegalArgumentException.class, () -> new LatencySummary(3, 5, 6, -1, 9));
    }
}
