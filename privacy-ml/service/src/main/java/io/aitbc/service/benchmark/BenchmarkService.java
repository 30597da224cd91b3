package io.aitbc.service.benchmark;

import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.service.jobs.JobView;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Benchmark runs: one BENCHMARK job per model version, run as the Jakarta Batch job {@code benchmark-run}
 * (restartable, progress per benchmark), each applicable {@link ModelBenchmark} measured and stored, and
 * the listings' performance figures refreshed.
 */
@Local
public interface BenchmarkService {

    /** The batch job's name (META-INF/batch-jobs/benchmark-run.xml in batch-jobs). */
    String BATCH_JOB = "benchmark-run";
    /** Its parameter: the id of the BENCHMARK job it runs. */
    String JOB_ID = "jobId";

    /**
     * Starts a run for the latest version of one model (its owner or an admin), or, with null, of every
     * listed model (admin). Returns the queued benchmark jobs.
     */
    List<JobView> startRun(Caller caller, Long modelIdOrNull);

    /** Stored measurements, newest first: all, one model's and/or one benchmark's. */
    Page<BenchmarkView> results(Long modelIdOrNull, String benchmarkOrNull, PageRequest page);

    /** Names of the benchmarks this deployment provides. */
    List<String> benchmarks();
}
