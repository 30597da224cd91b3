package io.aitbc.client.cli.dev;

import io.aitbc.client.dev.DevTokenClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aitbc dev-token}: prints a token from bin/start's DEVELOPMENT-ONLY issuer, for
 * {@code export AITBC_TOKEN=$(bin/aitbc dev-token --subject alice --roles owner)}.
 */
@Command(name = "dev-token", mixinStandardHelpOptions = true,
        description = {"DEVELOPMENT ONLY: print a bearer token (JWT) from the development issuer bin/start runs when no"
                + " AITBC_JWT_ISSUER is set. Anyone can obtain any role from it.",
                "Example: export AITBC_TOKEN=$(bin/aitbc dev-token --subject alice --roles owner)"})
public final class DevTokenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--issuer", description = "Issuer URL (default: $AITBC_DEV_ISSUER, else"
            + " http://127.0.0.1:<AITBC_PORT_BASE + 90>/aitbc, i.e. http://127.0.0.1:8090/aitbc)")
    URI issuer;

    @Option(names = "--subject", required = true, description = "The token's sub (the caller's user name)")
    String subject;

    @Option(names = "--roles", split = ",", defaultValue = "", description = "Platform roles (the groups claim),"
            + " comma-separated, e.g. owner,consumer or admin")
    List<String> roles;

    @Override
    public Integer call() throws InterruptedException {
        URI from = issuer != null ? issuer : defaultIssuer();
        List<String> groups = roles.stream().filter(r -> !r.isBlank()).toList();
        try {
            String token = new DevTokenClient(Duration.ofSeconds(10))
                    .accessToken(new DevTokenClient.Request(from, subject, groups));
            spec.commandLine().getOut().println(token);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("dev-token: no token from " + from + ": " + e.getMessage());
            return 2;
        }
    }

    private static URI defaultIssuer() {
        String configured = System.getenv("AITBC_DEV_ISSUER");
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured);
        }
        String base = System.getenv().getOrDefault("AITBC_PORT_BASE", "8000");
        return URI.create("http://127.0.0.1:" + (Integer.parseInt(base) + 90) + "/aitbc");
    }
}
