package io.aitbc.client.cli.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aitbc watch <job>}: a job's live progress (Server-Sent Events) as a progress bar. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow a job's progress until it finishes; exit 0 when it succeeded.")
public final class WatchCommand extends ApiCommand {

    @Parameters(index = "0", description = "The job id")
    long jobId;

    @Override
    int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
        JsonNode job = JobWatcher.watch(api, jobId, ProgressBar.onStderr(spec.commandLine().getErr()));
        if (json) {
            out.println(job.toPrettyString());
        }
        return "succeeded".equals(job.path("status").asText()) ? 0 : 1;
    }
}
