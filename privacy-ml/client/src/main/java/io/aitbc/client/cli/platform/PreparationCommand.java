package io.aitbc.client.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import io.aitbc.client.cli.product.JobProgress;
import io.aitbc.client.cli.product.ProgressBar;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command on what the server prepares for a model version (its zkml circuit, its FHE encoding): show the state,
 * optionally start it again, and with {@code --wait} follow it with a progress bar until it is over (exit 0 when
 * ready, 1 otherwise).
 */
abstract class PreparationCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Model id")
    long model;

    @Option(names = "--version", description = "Model version (default: the latest)")
    Integer version;

    @Option(names = "--wait", description = "Follow it with a progress bar until it is over")
    boolean await;

    @Option(names = "--timeout", defaultValue = "3600", description = "Seconds to wait with --wait (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    private final String what;
    private final String againOption;

    /**
     * @param what        what is prepared, e.g. "circuit"
     * @param againOption the option that starts it again, named in the hint when it is not ready
     */
    PreparationCommand(String what, String againOption) {
        this.what = what;
        this.againOption = againOption;
    }

    /** The state now, after starting it again if asked. */
    abstract JsonNode current(AitbcClient client, int version);

    /** Polls until it is over. */
    abstract JsonNode await(AitbcClient client, int version, AitbcClient.PreparationWatcher watcher, Duration limit);

    /** What to do once it is shown (e.g. write files); the state shown. */
    void after(AitbcClient client, int version, JsonNode state, PrintWriter out) {
    }

    @Override
    protected final int run(AitbcClient client, PrintWriter out) {
        int v = version != null ? version : ModelsCommand.latest(client, model);
        JsonNode state = current(client, v);
        if (await) {
            ProgressBar bar = ProgressBar.onStderr(err());
            state = await(client, v, s -> bar.update(s.path("progressPercent").asInt(), s.path("status").asText()
                            + (s.hasNonNull("progressStep") ? ": " + s.path("progressStep").asText() : ""),
                    JobProgress.eta(s.path("eta").asText(null))), Duration.ofSeconds(timeoutSeconds));
            bar.finish(what + " of model " + model + " version " + v + ": " + state.path("status").asText());
        }
        out.println(state.toPrettyString());
        after(client, v, state, out);
        if (await && !"ready".equalsIgnoreCase(state.path("status").asText())) {
            err().println("aitbc: the " + what + " is " + state.path("status").asText()
                    + (state.hasNonNull("error") ? ": " + state.path("error").asText() : "") + " (" + againOption
                    + " starts it again)");
            return 1;
        }
        return 0;
    }
}
