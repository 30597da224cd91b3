package io.aitbc.it;

import static io.aitbc.it.ProductFixtures.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bounded load test as a user runs it ({@code bin/aitbc load-test}) against the real server: many
 * concurrent submissions with idempotency keys and retries; the command must report nothing lost or
 * duplicated, and the server's own job list must hold exactly one job per key. The size comes from
 * {@code -Daitbc.loadtest.jobs} (default 24: every job is a real zkml proof of a tiny model, and the test waits until all have succeeded; docs/BENCHMARKS.md records larger runs made before zkml jobs needed a built circuit and an input), the database from
 * {@code -Daitbc.loadtest.database} ({@code h2}, the default, or {@code postgresql}).
 */
class LoadTestIT {

    @RegisterExtension
    // A server of its own: the submitted zkml jobs run (prove) in the background after the test, and must not delay
    // other classes' jobs on a shared server.
    static final PlatformServer PLATFORM = PlatformServer.on(PlatformServer.Database.valueOf(
            System.getProperty("aitbc.loadtest.database", "H2").toUpperCase(java.util.Locale.ROOT)));

    @Test
    void concurrentSubmissionsAreNeitherLostNorDuplicated() throws IOException {
        TokenIssuer issuer = TokenIssuer.get();
        String owner = issuer.token("load-owner", "owner");
        String consumerToken = issuer.token("load-consumer", "consumer");
        Api api = new Api(PLATFORM.baseUrl());
        // zkml submissions need a model whose circuit is built and an input of its shape
        long model = TinyZkmlModel.registerWithCircuit(api, owner, "load test model", 3);
        Path input = Files.createTempFile(PlatformServer.workDir(), "input", ".json");
        Files.writeString(input, "[1, 0.5, -0.25, 0, 2, -1]");
        Path tokenFile = Files.createTempFile(PlatformServer.workDir(), "consumer", ".jwt");
        Files.writeString(tokenFile, consumerToken);
        int jobs = Integer.getInteger("aitbc.loadtest.jobs", 24);
        int concurrency = Integer.getInteger("aitbc.loadtest.concurrency", 4);

        Instant started = Instant.now();
        CommandLine.Result r = CommandLine.aitbc("load-test", "--url", PLATFORM.baseUrl(), "--token-file", tokenFile.toString(),
                "--model", Long.toString(model), "--jobs", Integer.toString(jobs), "--concurrency", Integer.toString(concurrency),
                "--retry-every", "3", "--input", input.toString(), "--http-timeout", "60");
        System.out.println(r.output()); // the numbers docs/BENCHMARKS.md records
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("lost 0, duplicated 0, errors 0"), r.output());

        // independently of the command: the consumer has exactly one job per key on the server
        List<JsonNode> listed = jobsOnServer(api, consumerToken);
        Set<Long> ids = new HashSet<>();
        listed.forEach(j -> assertTrue(ids.add(j.path("id").asLong()), "listed twice: " + j));
        assertEquals(jobs, ids.size());

        // and the burst is executed, not only accepted: every job proves and succeeds (provers are bounded by
        // ComputeSlots; unbounded, a burst of 24 exhausted the heap and failed jobs). The bound on the wait only
        // keeps a broken server from hanging the build; the drain time is printed, not asserted.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3).plusSeconds(2L * jobs));
        while (listed.stream().anyMatch(j -> !j.path("status").asText().matches("succeeded|failed"))) {
            assertTrue(Instant.now().isBefore(deadline), "jobs still running at the deadline: "
                    + listed.stream().filter(j -> !j.path("status").asText().matches("succeeded|failed")).count());
            sleep(500);
            listed = jobsOnServer(api, consumerToken);
        }
        System.out.println("all " + jobs + " jobs final " + Duration.between(started, Instant.now()).toMillis()
                + " ms after the first submission");
        listed.forEach(j -> assertEquals("succeeded", j.path("status").asText(), j.toString()));
    }

    private static List<JsonNode> jobsOnServer(Api api, String token) {
        List<JsonNode> all = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || (long) page * 100 < total; page++) {
            Api.Answer a = api.get("/api/v1/ml/jobs?size=100&page=" + page, token);
            assertEquals(200, a.status(), a.body());
            total = a.json().path("total").asLong();
            a.json().path("items").forEach(all::add);
        }
        return all;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
