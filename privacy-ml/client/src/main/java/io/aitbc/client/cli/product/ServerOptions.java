package io.aitbc.client.cli.product;

import io.aitbc.client.api.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where the server is and who calls it: {@code --url} (or AITBC_URL) and the bearer token from
 * {@code --token-file} (or AITBC_TOKEN_FILE, or the token itself in AITBC_TOKEN: never on the command line,
 * where other users of the machine could read it).
 */
public final class ServerOptions {

    @Option(names = "--url", defaultValue = "${env:AITBC_URL:-http://127.0.0.1:8080}",
            description = "Server base URL (default: $AITBC_URL or ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token-file", defaultValue = "${env:AITBC_TOKEN_FILE}",
            description = "File holding the bearer token (default: $AITBC_TOKEN_FILE; or the token in $AITBC_TOKEN)")
    Path tokenFile;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds to wait for an answer (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    public ApiClient client() throws IOException {
        String token;
        if (tokenFile != null) {
            token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
        } else {
            token = System.getenv("AITBC_TOKEN");
        }
        if (token == null || token.isBlank()) {
            throw new IOException("no token: use --token-file <file> or set AITBC_TOKEN_FILE or AITBC_TOKEN");
        }
        return new ApiClient(url, token, Duration.ofSeconds(timeoutSeconds));
    }

    public URI url() {
        return url;
    }
}
