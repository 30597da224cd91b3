package io.aitbc.domain.benchmark;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;

/** Benchmark results, newest first. */
public interface BenchmarkRepository {

    BenchmarkResult store(BenchmarkResult result);

    /** All results, or those of one model and/or one benchmark. */
    Page<BenchmarkResult> list(Long modelIdOrNull, String benchmarkOrNull, PageRequest page);
}
