package io.aitbc.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides how the platform's domain is configured. Ports follow Payara's port base:
 * HTTP = base + 80, HTTPS = base + 81, admin = base + 48 (base 8000: 8080, 8081, 8048).
 *
 * @param dataDir     holds the domain and the embedded database; survives restarts
 * @param portBase    first of the hundred ports the domain uses
 * @param bindAddress address every listener binds to (127.0.0.1 unless configured otherwise)
 * @param database    the application's database
 * @param jwt         the token issuer; empty means every protected endpoint answers 401
 * @param maxHeap     the server JVM's -Xmx value, e.g. {@code 1g}
 */
public record ServerSettings(Path dataDir, int portBase, String bindAddress, DatabaseSettings database,
                             Optional<JwtSettings> jwt, String maxHeap) {

    public static final String DOMAIN_NAME = "aitbc";

    public ServerSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        if (portBase < 1024 || portBase > 65_435) {
            throw new IllegalArgumentException("port base must be in 1024..65435, was " + portBase);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jwt, "jwt");
        if (!maxHeap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("max heap must look like 512m or 2g, was " + maxHeap);
        }
    }

    /** Defaults: H2 in {@code <dataDir>/db}, listeners on 127.0.0.1, HTTP on 8080, no issuer. */
    public static ServerSettings defaults(Path dataDir) {
        return new ServerSettings(dataDir, 8000, "127.0.0.1", DatabaseSettings.h2File(dataDir.resolve("db/aitbc")),
                Optional.empty(), "1g");
    }

    public ServerSettings withPortBase(int base) {
        return new ServerSettings(dataDir, base, bindAddress, database, jwt, maxHeap);
    }

    public ServerSettings withBindAddress(String address) {
        return new ServerSettings(dataDir, portBase, address, database, jwt, maxHeap);
    }

    public ServerSettings withDatabase(DatabaseSettings db) {
        return new ServerSettings(dataDir, portBase, bindAddress, db, jwt, maxHeap);
    }

    public ServerSettings withJwt(JwtSettings issuer) {
        return new ServerSettings(dataDir, portBase, bindAddress, database, Optional.of(issuer), maxHeap);
    }

    public ServerSettings withMaxHeap(String heap) {
        return new ServerSettings(dataDir, portBase, bindAddress, database, jwt, heap);
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int httpsPort() {
        return portBase + 81;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public Path domainsDir() {
        return dataDir.resolve("domains");
    }

    /** The URL clients use; a wildcard bind address is reached through the loopback interface. */
    public String baseUrl() {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + httpPort();
    }
}
