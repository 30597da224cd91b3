package io.aitbc.it;

import io.aitbc.server.AitbcServer;
import io.aitbc.server.DatabaseSettings;
import io.aitbc.server.JwtSettings;
import io.aitbc.server.ServerSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: the real Payara Server with the real EAR (built by the reactor), once per test class,
 * on H2 (a file in its own data directory) or on a real PostgreSQL started for the class.
 */
final class PlatformServer implements BeforeAllCallback, AfterAllCallback {

    enum Database { H2, POSTGRESQL }

    private static final Map<Database, PlatformServer> SHARED = new EnumMap<>(Database.class);

    private final Database database;
    private final boolean shared;
    private final Map<String, String> config;
    private EmbeddedPostgres postgres;
    private AitbcServer server;

    private PlatformServer(Database database, boolean shared, Map<String, String> config) {
        this.database = database;
        this.shared = shared;
        this.config = config;
    }

    /** A server of this test class alone, stopped after it. */
    static PlatformServer on(Database database) {
        return new PlatformServer(database, false, Map.of());
    }

    /**
     * The one server on this database that every class using it shares in this test JVM (one domain
     * creation and deployment instead of one per class); stopped when the JVM's tests end. A class that
     * stops it leaves it to the next class to start it again.
     */
    static synchronized PlatformServer shared(Database database) {
        return SHARED.computeIfAbsent(database, d -> new PlatformServer(d, true, Map.of()));
    }

    /** This class's own server with a MicroProfile Config property of the application set on its domain. */
    PlatformServer withConfig(String name, String value) {
        if (shared) {
            throw new IllegalStateException("a shared server is configured the same for every class");
        }
        Map<String, String> more = new java.util.TreeMap<>(config);
        more.put(name, value);
        return new PlatformServer(database, false, more);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (shared) {
            startShared(context);
            return;
        }
        start(context.getRequiredTestClass().getSimpleName());
    }

    private synchronized void startShared(ExtensionContext context) throws IOException {
        if (server == null) {
            start("shared-" + database.name().toLowerCase(java.util.Locale.ROOT));
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(PlatformServer.class.getName() + database, (ExtensionContext.Store.CloseableResource) this::shutdown);
        } else if (!server.isAlive()) {
            server.start(ear());
        }
    }

    private void start(String name) throws IOException {
        Path dataDir = workDir().resolve(name);
        deleteRecursively(dataDir); // every run starts from an empty database
        TokenIssuer issuer = TokenIssuer.get();
        ServerSettings settings = ServerSettings.defaults(dataDir)
                .withPortBase(freePortBase())
                .withMaxHeap("768m")
                .withJwt(new JwtSettings(issuer.issuer(), issuer.jwksUrl(), TokenIssuer.AUDIENCE));
        for (Map.Entry<String, String> property : ZkmlServerConfig.of(dataDir).entrySet()) {
            settings = settings.withConfig(property.getKey(), property.getValue());
        }
        for (Map.Entry<String, String> property : config.entrySet()) {
            settings = settings.withConfig(property.getKey(), property.getValue());
        }
        if (database == Database.POSTGRESQL) {
            postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            // trust authentication: the pool still wants some password
            settings = settings.withDatabase(new DatabaseSettings(
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "postgres"));
        }
        server = AitbcServer.of(settings);
        server.start(ear());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (!shared) {
            shutdown();
        }
    }

    private void shutdown() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    AitbcServer server() {
        return server;
    }

    /** A connection to the server's database, e.g. to inspect what it stored while it is down. */
    Connection openDatabase() throws SQLException {
        if (postgres != null) {
            return postgres.getPostgresDatabase().getConnection();
        }
        DatabaseSettings db = server.settings().database();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    /** The server's log, rotated parts included. */
    String log() {
        Path current = server.serverLog();
        try (Stream<Path> files = Files.list(current.getParent())) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                all.append(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return server.baseUrl();
    }

    static Path ear() {
        return Path.of(System.getProperty("aitbc.it.ear", "../aitbc-ear/target/aitbc.ear"));
    }

    static Path workDir() {
        return Path.of(System.getProperty("aitbc.it.work", "target/it"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** A port base whose ports the domain uses (HTTP, HTTPS, admin, IIOP, JMX) are all free now. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + 100 * ThreadLocalRandom.current().nextInt(400);
            if (List.of(37, 38, 39, 48, 80, 81, 86).stream().allMatch(o -> isFree(base + o))) {
                return base;
            }
        }
        throw new IllegalStateException("no free port range found for the test server");
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
