package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.InferenceRequest;
import io.aitbc.client.api.Paging;
import io.aitbc.client.cli.ApiCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aitbc load-test}: a bounded burst of concurrent inference submissions against a server on this
 * machine, each with its own Idempotency-Key, every k-th one sent twice as a client retry would. Then checks
 * on the server that every submitted job exists once (none lost) and that retries returned the first job
 * (none duplicated), and prints throughput and latency percentiles. Exit 0 only when nothing was lost,
 * duplicated or refused.
 */
@Command(name = "load-test", mixinStandardHelpOptions = true,
        description = "Submit many inference jobs concurrently; check none is lost or duplicated; print throughput and latency.")
public final class LoadTestCommand extends ApiCommand {

    static final int MAX_JOBS = 100_000;

    @Option(names = "--model", required = true, description = "Model to submit jobs for (needs a version)")
    long model;

    @Option(names = "--level", defaultValue = "zkml", description = "Privacy level of the jobs (default ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--input", description = "JSON file: the input every job carries (zkml needs one: a (nested) array of numbers)")
    Path input;

    @Option(names = "--jobs", defaultValue = "200", description = "Distinct jobs to submit (default ${DEFAULT-VALUE}, at most 100000)")
    int jobs;

    @Option(names = "--concurrency", defaultValue = "16", description = "Parallel clients (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--retry-every", defaultValue = "4", description = "Send every k-th submission twice (default ${DEFAULT-VALUE}; 0: never)")
    int retryEvery;

    @Option(names = "--max-seconds", defaultValue = "300", description = "Stop submitting after this long (default ${DEFAULT-VALUE})")
    int maxSeconds;

    /** The submission, the same for every job (jobs differ by their idempotency keys). */
    private InferenceRequest request;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        if (jobs < 1 || jobs > MAX_JOBS || concurrency < 1 || concurrency > 256 || retryEvery < 0 || maxSeconds < 1) {
            throw new IllegalArgumentException("need 1 <= jobs <= " + MAX_JOBS + ", 1 <= concurrency <= 256, retry-every >= 0");
        }
        request = new InferenceRequest(level, null, null, null, input == null ? null : readInput(input));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, Long> jobOfKey = new ConcurrentHashMap<>();
        long[] latencies = new long[jobs + (retryEvery == 0 ? 0 : jobs / retryEvery)];
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger mismatchedRetries = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong firstError = new AtomicLong(-1);
        String[] errorText = new String[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < jobs; i++) {
            int n = i;
            pool.execute(() -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    long id = submit(api, run, n, latencies, requests);
                    jobOfKey.put(n, id);
                    if (retryEvery > 0 && n % retryEvery == 0 && submit(api, run, n, latencies, requests) != id) {
                        mismatchedRetries.incrementAndGet();
                    }
                } catch (RuntimeException e) { // ApiException is a RuntimeException
                    errors.incrementAndGet();
                    if (firstError.compareAndSet(-1, n)) {
                        errorText[0] = e.getMessage();
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(maxSeconds + 60L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<Long> distinct = new HashSet<>(jobOfKey.values());
        Set<Long> onServer = jobsOnServer(api, distinct);
        int submitted = jobOfKey.size();
        int lost = submitted - (int) distinct.stream().filter(onServer::contains).count();
        int duplicated = submitted - distinct.size() + mismatchedRetries.get();
        long[] measured = Arrays.copyOf(latencies, requests.get());
        Arrays.sort(measured);

        out.printf("load test %s: %d jobs submitted (%d requests incl. retries) by %d clients in %.2f s%n",
                run, submitted, measured.length, concurrency, seconds);
        out.printf("throughput: %.1f requests/s%n", measured.length / seconds);
        if (measured.length > 0) {
            out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(measured, 50), pct(measured, 90),
                    pct(measured, 99), measured[measured.length - 1] / 1e6);
        }
        out.printf("on server: %d distinct jobs found, lost %d, duplicated %d, errors %d%n", onServer.size(), lost, duplicated,
                errors.get());
        if (errors.get() > 0) {
            out.println("first error (job " + firstError.get() + "): " + errorText[0]);
        }
        return lost == 0 && duplicated == 0 && errors.get() == 0 && submitted == jobs ? 0 : 1;
    }

    private static JsonNode readInput(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as JSON: " + e.getMessage(), e);
        }
    }

    private long submit(AitbcClient api, String run, int n, long[] latencies, AtomicInteger requests) {
        long t = System.nanoTime();
        long id = api.submit(model, request, "load-" + run + "-" + n).job().id();
        long took = System.nanoTime() - t;
        int slot = requests.getAndIncrement();
        if (slot < latencies.length) {
            latencies[slot] = took;
        }
        return id;
    }

    /** The consumer's jobs on the server that are among the expected ones (pages through /ml/jobs). */
    private static Set<Long> jobsOnServer(AitbcClient api, Set<Long> expected) {
        Set<Long> found = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode p = api.jobs(new Paging(page, Paging.MAX_SIZE));
            for (JsonNode job : p.path("items")) {
                if (expected.contains(job.path("id").asLong()) && !found.add(job.path("id").asLong())) {
                    throw new IllegalStateException("job " + job.path("id").asLong() + " listed twice");
                }
            }
            if (p.path("items").isEmpty() || (long) (page + 1) * 100 >= p.path("total").asLong() || found.size() == expected.size()) {
                return found;
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

}
