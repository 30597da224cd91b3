package io.aitbc.client.cli.platform;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.InferenceRequest;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import io.aitbc.client.cli.product.JobProgress;
import io.aitbc.client.cli.product.OutputFormat;
import io.aitbc.client.cli.product.PageOptions;
import io.aitbc.client.cli.product.ProgressBar;
import io.aitbc.client.cli.product.Tables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aitbc jobs list|get|submit|result}: your inference jobs. {@code aitbc infer} runs a whole round trip;
 * these commands handle single steps (and {@code aitbc watch} follows a job's progress).
 */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Your inference jobs: list, show, submit, download results.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Get.class, JobsCommand.Submit.class, JobsCommand.Result.class})
public final class JobsCommand implements Runnable {

    static final String[] COLUMNS = {"id", "kind", "modelId", "modelVersion", "privacyLevel", "status", "progressPercent",
            "progressStep", "proofId", "submittedAt", "finishedAt"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Your jobs, newest first (admins: everyone's).")
    static final class ListJobs extends ApiCommand {

        @Mixin
        PageOptions pages;

        @Mixin
        OutputFormat format;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            Tables.print(out, client.jobs(pages.paging()), format.json(), COLUMNS);
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One job: status, progress, error, result and proof.")
    static final class Get extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Job id")
        long id;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            out.println(Tables.json(client.job(id)));
            return 0;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = {"Submit a zkml job with its input (the server proves the output), without waiting unless",
                    "--wait. With --idempotency-key, sending the same request again returns the first job."})
    static final class Submit extends ApiCommand {

        @Option(names = "--model", required = true, description = "Model id")
        long model;

        @Option(names = "--version", description = "Model version (default: the latest)")
        Integer version;

        @Option(names = "--input", required = true, description = "JSON file: the input as (nested) arrays of numbers")
        Path input;

        @Option(names = "--idempotency-key", description = "A key of your choice (1-100 of A-Za-z0-9._:-) making retries safe")
        String idempotencyKey;

        @Option(names = "--wait", description = "Follow the job with a progress bar until it finishes")
        boolean await;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            Views.Submission s = client.submit(model, InferenceRequest.zkml(version, JsonInputs.parse(input)), idempotencyKey);
            out.println("job " + s.job().id() + " " + s.job().status() + (s.replayed() ? " (replayed: submitted before with this key)" : ""));
            out.flush();
            if (!await) {
                return 0;
            }
            Views.Job done = JobProgress.follow(client, s.job().id(), ProgressBar.onStderr(err()));
            return "succeeded".equals(done.status()) ? 0 : 1;
        }
    }

    @Command(name = "result", mixinStandardHelpOptions = true,
            description = {"Download a finished job's result (checked against the SHA-256 the server announces):",
                    "fhe and hybrid: the result ciphertext (decrypt it with 'aitbc fhe decrypt'); zkml: JSON with the",
                    "output and the proof's statement. Without --out a zkml result is printed."})
    static final class Result extends ApiCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Job id")
        long id;

        @Option(names = {"-o", "--out"}, description = "File to write the result to")
        Path file;

        @Override
        protected int run(AitbcClient client, PrintWriter out) {
            if (file == null) {
                String level = client.job(id).privacyLevel();
                if (!"zkml".equalsIgnoreCase(level)) {
                    throw new IllegalArgumentException("job " + id + " has a binary (" + level + ") result: give --out FILE");
                }
                out.println(new String(client.result(id), StandardCharsets.UTF_8));
                return 0;
            }
            byte[] result = client.result(id);
            try {
                Files.write(file, result);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            out.println("wrote " + file + " (" + result.length + " bytes)");
            return 0;
        }
    }
}
