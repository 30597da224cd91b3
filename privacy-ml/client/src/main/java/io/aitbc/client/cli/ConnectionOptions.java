package io.aitbc.client.cli;

import io.aitbc.client.api.AitbcClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where the server is and who calls it, for every command that talks to one: {@code --url} (or AITBC_URL), the
 * bearer token from {@code --token-file} (or AITBC_TOKEN_FILE) or else {@code --token} (or AITBC_TOKEN; a token on
 * the command line is visible to other users of the machine, a file or the environment is not), and how long one
 * HTTP answer may take.
 */
public final class ConnectionOptions {

    @Option(names = "--url", defaultValue = "${env:AITBC_URL:-http://127.0.0.1:8080}",
            description = "Base URL of the server (default: $AITBC_URL or ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token-file", defaultValue = "${env:AITBC_TOKEN_FILE}",
            description = "File holding the bearer token (default: $AITBC_TOKEN_FILE); wins over --token")
    Path tokenFile;

    @Option(names = "--token", defaultValue = "${env:AITBC_TOKEN}",
            description = "Bearer token (JWT) with your roles (default: $AITBC_TOKEN)")
    String token;

    @Option(names = "--http-timeout", defaultValue = "300",
            description = "Seconds to wait for one HTTP answer (default ${DEFAULT-VALUE}; registration compiles the model)")
    int httpTimeoutSeconds;

    /** A client for the server with the caller's token. */
    public AitbcClient client() {
        if (httpTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--http-timeout must be at least 1 second");
        }
        return new AitbcClient(url, bearerToken(), Duration.ofSeconds(httpTimeoutSeconds));
    }

    public URI url() {
        return url;
    }

    private String bearerToken() {
        String t = token;
        if (tokenFile != null) {
            try {
                t = Files.readString(tokenFile, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        if (t == null || t.isBlank()) {
            throw new IllegalArgumentException("no token: use --token-file FILE or set AITBC_TOKEN_FILE or AITBC_TOKEN");
        }
        return t.strip();
    }
}
