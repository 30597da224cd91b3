package io.aitbc.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code bin/start}: starts the platform on Payara Server with the EAR given as argument, prints its URL
 * and keeps running until Ctrl-C (which stops the server) or until the server dies.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: java -jar aitbc-server.jar <path to aitbc.ear>");
            System.exit(2);
        }
        ServerSettings settings;
        try {
            settings = EnvironmentSettings.read(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        AitbcServer server = AitbcServer.of(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping the server...");
            server.stop();
        }, "aitbc-stop"));
        System.err.println("Starting Payara Server (data in " + settings.dataDir() + ", database " + settings.database().jdbcUrl() + ")...");
        try {
            server.start(Path.of(args[0]));
        } catch (RuntimeException e) {
            System.err.println("error: the platform did not start.\n" + e.getMessage());
            System.exit(1);
        }
        if (settings.jwt().isEmpty()) {
            System.err.println("note: no token issuer configured (AITBC_JWT_ISSUER, AITBC_JWT_JWKS_URL): "
                    + "every /api/v1 endpoint answers 401; health and OpenAPI are open.");
        }
        String url = server.baseUrl();
        System.out.println("AITBC is running at " + url + "/  (API " + url + "/api/v1, OpenAPI " + url
                + "/openapi, health " + url + "/health). Server log: " + server.serverLog() + ". Ctrl-C stops it.");
        waitWhileAlive(server);
        System.err.println("The server is no longer answering; see " + server.serverLog());
        System.exit(1);
    }

    private static void waitWhileAlive(AitbcServer server) throws InterruptedException {
        int failures = 0;
        while (failures < 3) {
            Thread.sleep(Duration.ofSeconds(5));
            failures = server.isAlive() ? 0 : failures + 1;
        }
    }
}
