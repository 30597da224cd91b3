package io.aitbc.client.cli;

import io.aitbc.client.server.HealthReport;
import io.aitbc.client.server.ServerHealthClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aitbc server ...}: talks to a running AITBC server. */
@Command(name = "server", description = "Inspect a running AITBC server.", mixinStandardHelpOptions = true,
        subcommands = ServerCommand.Health.class)
public final class ServerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit code 0 when healthy, 1 when the server reports a problem, 2 when it cannot be asked. */
    @Command(name = "health", description = "Report the server's health (database, application); exit 0 if healthy.",
            mixinStandardHelpOptions = true)
    static final class Health implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--url", required = true, description = "Base URL of the server, e.g. http://127.0.0.1:8080")
        URI url;

        @Option(names = "--timeout", defaultValue = "10", description = "Seconds to wait (default ${DEFAULT-VALUE})")
        int timeoutSeconds;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            HealthReport report;
            try {
                report = new ServerHealthClient(Duration.ofSeconds(timeoutSeconds)).check(url);
            } catch (IOException | IllegalArgumentException e) {
                err.println("unreachable: " + url + ": " + e.getMessage());
                return 2;
            }
            out.println((report.healthy() ? "healthy: " : "unhealthy: ") + url + " (" + report.status() + ")");
            for (HealthReport.Check c : report.checks()) {
                out.println("  " + c.name() + ": " + c.status() + (c.data().isEmpty() ? "" : " " + c.data()));
            }
            return report.healthy() ? 0 : 1;
        }
    }
}
