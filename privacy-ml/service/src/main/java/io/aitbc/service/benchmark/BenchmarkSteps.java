package io.aitbc.service.benchmark;

import io.aitbc.domain.benchmark.BenchmarkRepository;
import io.aitbc.domain.benchmark.BenchmarkResult;
import io.aitbc.domain.benchmark.LatencySummary;
import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.job.JobKind;
import io.aitbc.domain.job.JobProgress;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.marketplace.ListingPerformance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The transactional steps of a benchmark run, called by the batch job's artifacts: each step is short and
 * commits on its own, except {@link #measure}, which runs outside any transaction.
 */
@Stateless
public class BenchmarkSteps {

    @Inject
    InferenceJobRepository jobs;

    @Inject
    BenchmarkRepository results;

    @Inject
    ListingPerformance performance;

    @Inject
    @Any
    Instance<ModelBenchmark> benchmarks;

    /** Marks the job running under this batch execution (again, after a restart) and plans its benchmarks. */
    public List<String> begin(long jobId, long executionId) {
        InferenceJob job = benchmarkJob(jobId);
        if (job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING) {
            job.start(executionId, Instant.now());
        }
        BenchmarkTarget target = BenchmarkTarget.of(job.modelVersion());
        return all().stream().filter(b -> b.supports(target)).map(ModelBenchmark::name).toList();
    }

    /** Runs one benchmark on the job's model version; long, and outside any transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LatencySummary measure(long jobId, String benchmark) {
        BenchmarkTarget target = BenchmarkTarget.of(benchmarkJob(jobId).modelVersion());
        return named(benchmark).measure(target);
    }

    /** Stores a measurement, refreshes the listings' figure and reports progress (done of total benchmarks). */
    public void record(long jobId, String benchmark, LatencySummary latency, int done, int total) {
        InferenceJob job = benchmarkJob(jobId);
        Instant now = Instant.now();
        results.store(new BenchmarkResult(job.modelVersion(), benchmark, latency, jobId, now));
        named(benchmark).listingMetric().ifPresent(metric ->
                performance.record(job.modelVersion().model().id(), metric, latency.medianMicros(), now));
        Duration elapsed = Duration.between(job.startedAt().orElse(now), now);
        Instant eta = done >= total ? now : now.plus(elapsed.multipliedBy(total - done).dividedBy(Math.max(1, done)));
        job.reportProgress(new JobProgress(Math.min(99, 100 * done / Math.max(1, total)), benchmark, eta));
    }

    public void complete(long jobId) {
        InferenceJob job = benchmarkJob(jobId);
        if (job.status() == JobStatus.RUNNING) {
            job.complete(Instant.now());
        }
    }

    public void fail(long jobId, String reason) {
        InferenceJob job = benchmarkJob(jobId);
        if (job.status() == JobStatus.RUNNING || job.status() == JobStatus.QUEUED) {
            job.fail(reason, Instant.now());
        }
    }

    /** Every deployed benchmark, by name (public: callers reach it through the bean's proxy). */
    public List<ModelBenchmark> all() {
        return benchmarks.stream().sorted(Comparator.comparing(ModelBenchmark::name)).toList();
    }

    private ModelBenchmark named(String name) {
        return all().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no benchmark named " + name + " is deployed"));
    }

    private InferenceJob benchmarkJob(long jobId) {
        Optional<InferenceJob> job = jobs.find(jobId).filter(j -> j.kind() == JobKind.BENCHMARK);
        return job.orElseThrow(() -> new NotFoundException("benchmark job", jobId));
    }
}
