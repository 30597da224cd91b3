package io.aitbc.client.cli.platform;

import io.aitbc.client.api.AitbcClient;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/** --url and --token of every command that talks to a server (defaults: $AITBC_URL, $AITBC_TOKEN). */
public final class ConnectionOptions {

    @Option(names = "--url", defaultValue = "${env:AITBC_URL:-http://127.0.0.1:8080}",
            description = "Base URL of the server (default: $AITBC_URL or ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", defaultValue = "${env:AITBC_TOKEN}",
            description = "Bearer token (JWT) with your roles (default: $AITBC_TOKEN)")
    String token;

    @Option(names = "--http-timeout", defaultValue = "300",
            description = "Seconds to wait for one HTTP answer (default ${DEFAULT-VALUE}; registration compiles the model)")
    int httpTimeoutSeconds;

    AitbcClient client() {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("no token: give --token or set AITBC_TOKEN");
        }
        return new AitbcClient(url, token.strip(), Duration.ofSeconds(httpTimeoutSeconds));
    }
}
