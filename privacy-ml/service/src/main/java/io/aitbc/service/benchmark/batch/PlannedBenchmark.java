package io.aitbc.service.benchmark.batch;

import java.io.Serializable;

/** One item of a run: the benchmark to measure and its position in the run's plan. */
record PlannedBenchmark(String name, int index, int total) implements Serializable {
}
