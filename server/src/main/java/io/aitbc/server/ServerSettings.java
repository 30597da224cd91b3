package io.aitbc.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
 * @param config      MicroProfile Config properties set on the domain (the application's {@code aitbc.*} tuning)
 */
public record ServerSettings(Path dataDir, int portBase, String bindAddress, DatabaseSettings database,
                             Optional<JwtSettings> jwt, String maxHeap, Map<String, String> config) {

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
        config.forEach((name, value) -> {
            if (!name.matches("[a-z][a-z0-9.-]*") || !value.matches("[A-Za-z0-9._/:+=-]*")) {
                throw new IllegalArgumentException("config property names are lower-case dotted words and values plain"
                        + " words, numbers, paths or URLs, was " + name + "=" + value);
            }
        });
        config = java.util.Collections.unmodifiableMap(new TreeMap<>(config));
    }

    /** Defaults: H2 in {@code <dataDir>/db}, listeners on 127.0.0.1, HTTP on 8080, no issuer. */
    public static ServerSettings defaults(Path dataDir) {
        return new ServerSettings(dataDir, 8000, "127.0.0.1", DatabaseSettings.h2File(dataDir.resolve("db/aitbc")),
                Optional.empty(), "1g", Map.of());
    }

    public ServerSettings withPortBase(int base) {
        return new ServerSettings(dataDir, base, bindAddress, database, jwt, maxHeap, config);
    }

    public ServerSettings withBindAddress(String address) {
        return new ServerSettings(dataDir, portBase, address, database, jwt, maxHeap, config);
    }

    public ServerSettings withDatabase(DatabaseSettings db) {
        return new ServerSettings(dataDir, portBase, bindAddress, db, jwt, maxHeap, config);
    }

    public ServerSettings withJwt(JwtSettings issuer) {
        return new ServerSettings(dataDir, portBase, bindAddress, database, Optional.of(issuer), maxHeap, config);
    }

    public ServerSettings withMaxHeap(String heap) {
        return new ServerSettings(dataDir, portBase, bindAddress, database, jwt, heap, config);
    }

    /** With one more MicroProfile Config property on the domain (e.g. {@code aitbc.fhe.evaluation-threads=1}). */
    public ServerSettings withConfig(String name, String value) {
        Map<String, String> more = new TreeMap<>(config);
        more.put(name, value);
        return new ServerSettings(dataDir, portBase, bindAddress, database, jwt, maxHeap, more);
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
