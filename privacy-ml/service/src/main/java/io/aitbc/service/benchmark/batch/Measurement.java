package io.aitbc.service.benchmark.batch;

import io.aitbc.domain.benchmark.LatencySummary;
import java.io.Serializable;

/** A measured benchmark, on its way to the writer. */
record Measurement(PlannedBenchmark planned, LatencySummary latency) implements Serializable {
}
