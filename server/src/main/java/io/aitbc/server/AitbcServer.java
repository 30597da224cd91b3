package io.aitbc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The platform on Payara Server: keeps a domain in the data directory that matches the settings (it is
 * re-created when they change; the data lives in the database, not in the domain), starts it, deploys the
 * EAR and waits until the application reports ready. Used by {@code bin/start} and the integration tests.
 */
public final class AitbcServer implements AutoCloseable {

    public static final String APP_NAME = "aitbc";
    /** The name of the application's readiness check (web module's DatabaseReadiness). */
    static final String APPLICATION_READINESS_CHECK = "\"database\"";
    /** A path under the API that no resource serves (see {@link #apiAnswers()}). */
    private static final String API_PROBE = "/api/v1/readiness-probe";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final String FINGERPRINT_FILE = "aitbc-settings.txt";

    private final PayaraInstallation installation;
    private final ServerSettings settings;
    private final PayaraDomain domain;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private boolean started;

    public AitbcServer(PayaraInstallation installation, ServerSettings settings, Path javaHome) {
        this.installation = installation;
        this.settings = settings;
        this.domain = new PayaraDomain(new Asadmin(installation, javaHome), settings.domainsDir(),
                ServerSettings.DOMAIN_NAME, settings.adminPort());
    }

    /** The server as built by Maven, run by the JDK that runs this code. */
    public static AitbcServer of(ServerSettings settings) {
        return new AitbcServer(PayaraInstallation.fromBuild(), settings, Path.of(System.getProperty("java.home")));
    }

    public ServerSettings settings() {
        return settings;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    public Path serverLog() {
        return domain.serverLog();
    }

    /**
     * Starts the server with this EAR deployed. If the deployment fails, the server is stopped again and
     * the deployment error is thrown: a half-started server answering 404 is never left behind.
     */
    public synchronized void start(Path ear) {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalArgumentException("No EAR at " + ear + ": build it first (mvn -pl aitbc-ear -am package)");
        }
        prepareDomain();
        domain.stop(); // a server left running by an earlier, killed launcher
        domain.start();
        started = true;
        try {
            domain.deploy(APP_NAME, ear);
            awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Stops and starts the running server (the deployed application comes back with it). */
    public synchronized void restart() {
        domain.stop();
        domain.start();
        started = true;
        awaitReady();
    }

    /**
     * Kills the server process (SIGKILL) without any orderly shutdown, to test what survives a crash; {@link
     * #restart()} brings it back on the same domain and data. Throws if no server process was running.
     */
    public synchronized void kill() {
        if (!domain.kill()) {
            throw new IllegalStateException("no running server process to kill in " + domain.dir());
        }
        started = false;
    }

    public synchronized void stop() {
        if (started) {
            domain.stop();
            started = false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** True while the server answers its liveness check. */
    public boolean isAlive() {
        return status("/health/live") == 200;
    }

    private void prepareDomain() {
        String wanted = fingerprint();
        Path file = domain.dir().resolve(FINGERPRINT_FILE);
        try {
            if (domain.exists() && Files.isRegularFile(file) && Files.readString(file).equals(wanted)) {
                return;
            }
            domain.stop();
            domain.delete();
            Files.createDirectories(settings.dataDir().resolve("db"));
            domain.create(settings.portBase(), installation.serverLibraries());
            domain.start();
            started = true;
            domain.configure(DomainConfiguration.commands(settings));
            domain.stop();
            started = false;
            Files.writeString(file, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> ready = get("/health/ready");
            last = ready == null ? -1 : ready.statusCode();
            // Payara answers UP with no checks while the application is still loading after a restart (measured):
            // ready means the application's own database check reports.
            if (last == 200 && ready.body().contains(APPLICATION_READINESS_CHECK) && apiAnswers()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The application did not become ready within " + READY_TIMEOUT
                + " (last /health/ready status " + last + "); see " + serverLog());
    }

    /**
     * True once the REST API itself answers: the readiness check reports UP while the web module is still
     * being loaded after a restart (measured: requests then got the container's 500/503). An unknown path
     * under the API gets the API's own 404 problem (unauthenticated, so nothing is written to the audit log).
     */
    private boolean apiAnswers() {
        HttpResponse<String> r = get(API_PROBE);
        return r != null && r.statusCode() == 404
                && r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private int status(String path) {
        HttpResponse<String> r = get(path);
        return r == null ? -1 : r.statusCode();
    }

    /** The answer, or null when the server does not answer. */
    private HttpResponse<String> get(String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build();
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String fingerprint() {
        List<String> lines = List.of(
                "payara=" + installation.version(),
                "portBase=" + settings.portBase(),
                "bind=" + settings.bindAddress(),
                "db=" + settings.database().jdbcUrl(),
                "dbUser=" + settings.database().user(),
                "dbPasswordSha256=" + sha256(settings.database().password()),
                "jwt=" + settings.jwt().map(Object::toString).orElse("none"),
                "heap=" + settings.maxHeap(),
                "config=" + settings.config(),
                "libs=" + installation.serverLibraries().stream().map(p -> p.getFileName().toString()).toList());
        return String.join("\n", lines) + "\n";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }
}
