package io.aitbc.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

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
        OptionalInt devIssuerPort = EnvironmentSettings.developmentIssuerPort(System.getenv());
        DevelopmentIssuer devIssuer = devIssuerPort.isPresent() ? DevelopmentIssuer.start(devIssuerPort.getAsInt()) : null;
        if (devIssuer != null) {
            // The API and, through its default provider-uri (mp.jwt.verify.issuer), the console trust it.
            settings = settings.withJwt(devIssuer.jwtSettings());
        }
        AitbcServer server = AitbcServer.of(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping the server...");
            server.stop();
            if (devIssuer != null) {
                devIssuer.close();
            }
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
        if (devIssuer != null) {
            printDevelopmentIssuer(devIssuer, url);
        }
        System.out.println("AITBC is running at " + url + "/  (API " + url + "/api/v1, OpenAPI " + url
                + "/openapi, health " + url + "/health). Server log: " + server.serverLog() + ". Ctrl-C stops it.");
        waitWhileAlive(server);
        System.err.println("The server is no longer answering; see " + server.serverLog());
        System.exit(1);
    }

    private static void printDevelopmentIssuer(DevelopmentIssuer issuer, String url) {
        System.err.println("""
                WARNING: DEVELOPMENT-ONLY token issuer at %s (no AITBC_JWT_ISSUER set).
                  Anyone who can reach it can obtain ANY role: never use it for a shared or production server
                  (set AITBC_JWT_ISSUER and AITBC_JWT_JWKS_URL for a real SSO, or AITBC_DEV_SSO=0 to turn it off).
                  CLI token:  export AITBC_TOKEN=$(bin/aitbc dev-token --issuer %s --subject alice --roles owner)
                  Console:    %s/console  -> sign in with any subject and claims {"groups":["admin"]}"""
                .formatted(issuer.issuer(), issuer.issuer(), url));
    }

    private static void waitWhileAlive(AitbcServer server) throws InterruptedException {
        int failures = 0;
        while (failures < 3) {
            Thread.sleep(Duration.ofSeconds(5));
            failures = server.isAlive() ? 0 : failures + 1;
        }
    }
}
