package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aitbc benchmarks list|run}: measured performance of models. */
@Command(name = "benchmarks", mixinStandardHelpOptions = true, description = "Benchmark results and runs.",
        subcommands = {BenchmarksCommand.ListResults.class, BenchmarksCommand.Run.class})
public final class BenchmarksCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Benchmark results, newest first (microseconds).")
    static final class ListResults extends ApiCommand {

        @Option(names = "--model", description = "One model's results")
        Long model;

        @Option(names = "--benchmark", description = "One benchmark's results, e.g. plaintext-reference")
        String benchmark;

        @Option(names = "--size", defaultValue = "20")
        int size;

        @Override
        int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("modelId", model);
            p.put("benchmark", benchmark);
            p.put("size", size);
            Tables.print(out, api.get(ApiClient.query("/benchmarks", p)), json,
                    "modelId", "modelVersion", "benchmark", "samples", "medianMicros", "p95Micros", "minMicros", "maxMicros", "measuredAt");
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Start a benchmark run (one model, or every listed model for admins) and follow it with a progress bar.")
    static final class Run extends ApiCommand {

        @Option(names = "--model", description = "The model to measure (its owner or an admin); all listed models if omitted")
        Long model;

        @Option(names = "--no-wait", description = "Only start the run")
        boolean noWait;

        @Override
        int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
            Map<String, Object> body = new HashMap<>();
            body.put("modelId", model);
            JsonNode jobs = api.post("/benchmarks/runs", body);
            int failed = 0;
            for (JsonNode job : jobs) {
                long id = job.path("id").asLong();
                out.println("benchmark job " + id + " on model " + job.path("modelId").asLong() + " v" + job.path("modelVersion").asInt());
                if (!noWait) {
                    JsonNode done = JobWatcher.watch(api, id, ProgressBar.onStderr(spec.commandLine().getErr()));
                    failed += "succeeded".equals(done.path("status").asText()) ? 0 : 1;
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
