package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code aitbc watch <job>}: a job's live progress (Server-Sent Events) as a progress bar. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow a job's progress until it finishes; exit 0 when it succeeded.")
public final class WatchCommand extends ApiCommand {

    @Parameters(index = "0", description = "The job id")
    long jobId;

    @Mixin
    OutputFormat format;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        Views.Job job = JobProgress.follow(api, jobId, ProgressBar.onStderr(err()));
        if (format.json()) {
            out.println(Tables.json(job));
        }
        return "succeeded".equals(job.status()) ? 0 : 1;
    }
}
