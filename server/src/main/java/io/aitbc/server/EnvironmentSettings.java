package io.aitbc.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads {@link ServerSettings} from environment variables, the way {@code bin/start} is configured:
 * <pre>
 * AITBC_DATA_DIR      domain and embedded database           (default: ./data)
 * AITBC_PORT_BASE     HTTP = base+80, HTTPS = +81, admin = +48 (default: 8000)
 * AITBC_BIND_ADDRESS  address of the HTTP listeners           (default: 127.0.0.1)
 * AITBC_DB_URL        jdbc:h2:... or jdbc:postgresql://...   (default: H2 file in the data dir)
 * AITBC_DB_USER, AITBC_DB_PASSWORD
 * AITBC_JWT_ISSUER    iss of accepted tokens; with AITBC_JWT_JWKS_URL (its signing keys) and
 * AITBC_JWT_AUDIENCE  (default: aitbc)
 * AITBC_SERVER_HEAP   -Xmx of the server                      (default: 1g)
 * AITBC_DEV_SSO       0 turns the development issuer off; it runs only when AITBC_JWT_ISSUER is unset
 * AITBC_DEV_SSO_PORT  port of the development issuer on 127.0.0.1 (default: base+90)
 * </pre>
 */
public final class EnvironmentSettings {

    private EnvironmentSettings() {
    }

    public static ServerSettings read(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("AITBC_DATA_DIR", "data"));
        ServerSettings s = ServerSettings.defaults(dataDir)
                .withPortBase(Integer.parseInt(env.getOrDefault("AITBC_PORT_BASE", "8000")))
                .withBindAddress(env.getOrDefault("AITBC_BIND_ADDRESS", "127.0.0.1"))
                .withMaxHeap(env.getOrDefault("AITBC_SERVER_HEAP", "1g"));
        String dbUrl = env.get("AITBC_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            s = s.withDatabase(new DatabaseSettings(dbUrl, env.get("AITBC_DB_USER"), env.get("AITBC_DB_PASSWORD")));
        }
        String issuer = env.get("AITBC_JWT_ISSUER");
        String jwks = env.get("AITBC_JWT_JWKS_URL");
        if ((issuer == null) != (jwks == null)) {
            throw new IllegalArgumentException("Set both AITBC_JWT_ISSUER and AITBC_JWT_JWKS_URL, or neither");
        }
        if (issuer != null) {
            s = s.withJwt(new JwtSettings(issuer, jwks, env.getOrDefault("AITBC_JWT_AUDIENCE", "aitbc")));
        }
        return s;
    }

    /**
     * The port of the DEVELOPMENT-ONLY token issuer bin/start runs, or empty when a real issuer is configured
     * (AITBC_JWT_ISSUER) or the user turned it off (AITBC_DEV_SSO=0).
     */
    public static OptionalInt developmentIssuerPort(Map<String, String> env) {
        if (env.get("AITBC_JWT_ISSUER") != null || "0".equals(env.get("AITBC_DEV_SSO"))) {
            return OptionalInt.empty();
        }
        String port = env.get("AITBC_DEV_SSO_PORT");
        if (port != null && !port.isBlank()) {
            return OptionalInt.of(Integer.parseInt(port));
        }
        return OptionalInt.of(read(env).portBase() + DEVELOPMENT_ISSUER_PORT_OFFSET);
    }

    /** The development issuer listens on port base + 90 (8090 by default); bin/aitbc dev-token assumes the same. */
    public static final int DEVELOPMENT_ISSUER_PORT_OFFSET = 90;
}
