package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc benchmarks list|kinds|run}: measured performance of models. */
@Command(name = "benchmarks", mixinStandardHelpOptions = true, description = "Benchmark results and runs.",
        subcommands = {BenchmarksCommand.ListResults.class, BenchmarksCommand.Kinds.class, BenchmarksCommand.Run.class})
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

        @Mixin
        PageOptions pages;

        @Mixin
        OutputFormat format;

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            Tables.print(out, api.benchmarks(model, benchmark, pages.paging()), format.json(),
                    "modelId", "modelVersion", "benchmark", "samples", "medianMicros", "p95Micros", "minMicros", "maxMicros", "measuredAt");
            return 0;
        }
    }

    @Command(name = "kinds", mixinStandardHelpOptions = true, description = "The benchmarks the server runs.")
    static final class Kinds extends ApiCommand {

        @Override
        protected int run(AitbcClient api, PrintWriter out) {
            api.benchmarkKinds().forEach(out::println);
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
        protected int run(AitbcClient api, PrintWriter out) {
            List<Views.Job> jobs = api.runBenchmarks(model);
            int failed = 0;
            for (Views.Job job : jobs) {
                out.println("benchmark job " + job.id() + " on model " + job.modelId() + " v" + job.modelVersion());
                out.flush();
                if (!noWait) {
                    Views.Job done = JobProgress.follow(api, job.id(), ProgressBar.onStderr(err()));
                    failed += "succeeded".equals(done.status()) ? 0 : 1;
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
