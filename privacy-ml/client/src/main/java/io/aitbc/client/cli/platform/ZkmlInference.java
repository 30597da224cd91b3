package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.ApiException;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.product.JobProgress;
import io.aitbc.client.cli.product.ProgressBar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * zkml inference from the command line: submits the input, shows the job's progress, prints the output with the
 * proof's id and public statement, and optionally writes the proof as snarkjs files.
 */
final class ZkmlInference {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AitbcClient client;
    private final ProgressBar progress;
    private final Duration timeout;

    ZkmlInference(AitbcClient client, ProgressBar progress, Duration timeout) {
        this.client = client;
        this.progress = progress;
        this.timeout = timeout;
    }

    void run(long model, Integer version, Path inputFile, Path proofDir, PrintWriter out) {
        byte[] input;
        try {
            input = JSON.writeValueAsBytes(JsonInputs.flatten(JsonInputs.parse(inputFile), inputFile));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Views.Job job = client.submitZkml(model, version, input);
        progress.finish("job " + job.id() + " queued (zkml: witness and Groth16 proof on the server)");
        job = client.awaitJob(job.id(), j -> JobProgress.show(progress, j), timeout);
        progress.finish("job " + job.id() + " " + job.status());
        if (!"succeeded".equals(job.status())) {
            throw new ApiException(409, "job " + job.status(), "job " + job.id() + " " + job.status()
                    + (job.error() == null ? "" : ": " + job.error()));
        }
        JsonNode result;
        try {
            result = JSON.readTree(client.result(job.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("the job's result is not JSON: " + e.getMessage(), e);
        }
        out.println("model " + job.modelId() + " version " + job.modelVersion() + ", job " + job.id()
                + (job.restarts() > 0 ? " (resumed " + job.restarts() + "x)" : "") + ", proof " + job.proofId());
        out.println("class: " + result.path("predictedClass").asInt());
        StringBuilder logits = new StringBuilder("logits:");
        result.path("logits").forEach(v -> logits.append(' ').append(String.format(Locale.ROOT, "%.6f", v.asDouble())));
        out.println(logits);
        out.println("model commitment: " + result.path("modelCommitment").asText());
        out.println("input hash: " + result.path("inputHash").asText());
        if (proofDir != null) {
            ProofFiles.download(client, job.proofId(), proofDir).forEach(f -> out.println("wrote " + f));
        }
        out.flush();
    }
}
