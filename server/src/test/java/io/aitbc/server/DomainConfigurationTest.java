package io.aitbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainConfigurationTest {

    private final ServerSettings defaults = ServerSettings.defaults(Path.of("/tmp/aitbc-data"));

    @Test
    void bindsEveryListenerToLoopbackByDefault() {
        List<String> cmds = DomainConfiguration.commands(defaults);
        long addresses = cmds.stream().filter(c -> c.contains(".address=")).count();
        assertEquals(7, addresses);
        assertTrue(cmds.stream().filter(c -> c.contains(".address=")).allMatch(c -> c.endsWith("=127.0.0.1")));
        assertTrue(cmds.contains("create-jvm-options -Dh2.bindAddress=127.0.0.1"));
        assertTrue(cmds.contains("set-hazelcast-configuration --enabled=false --dynamic=false"));
    }

    @Test
    void publicBindAddressOpensOnlyHttpListeners() {
        List<String> cmds = DomainConfiguration.commands(defaults.withBindAddress("0.0.0.0"));
        List<String> wildcard = cmds.stream().filter(c -> c.endsWith(".address=0.0.0.0")).toList();
        assertEquals(2, wildcard.size());
        assertTrue(wildcard.stream().allMatch(c -> c.contains("http-listener-")));
    }

    @Test
    void pointsBatchRuntimeAtTheApplicationPool() {
        List<String> cmds = DomainConfiguration.commands(defaults);
        assertTrue(cmds.contains("create-jdbc-resource --connectionpoolid aitbc-pool jdbc/aitbc"));
        assertTrue(cmds.contains("set-batch-runtime-configuration --datasourcelookupname jdbc/aitbc"));
    }

    @Test
    void escapesPoolPropertiesForAsadmin() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("url", "jdbc:postgresql://127.0.0.1:5432/db?ssl=false");
        p.put("user", "u");
        p.put("password", "");
        assertEquals("url=jdbc\\:postgresql\\://127.0.0.1\\:5432/db?ssl\\=false:user=u",
                DomainConfiguration.poolProperties(p));
        assertThrows(IllegalArgumentException.class, () -> DomainConfiguration.poolProperties(Map.of("password", "a\\b")));
    }

    @Test
    void configuresTheIssuerOnlyWhenGiven() {
        List<String> locked = DomainConfiguration.commands(defaults);
        assertTrue(locked.stream().anyMatch(c -> c.contains("mp.jwt.verify.issuer") && c.contains(LockedIssuer.ISSUER)));
        assertFalse(locked.stream().anyMatch(c -> c.contains("publickey.location")));
        List<String> cmds = DomainConfiguration.commands(
                defaults.withJwt(new JwtSettings("http://127.0.0.1:9/iss", "http://127.0.0.1:9/iss/jwks", "aitbc")));
        assertTrue(cmds.contains("set-config-property --source=domain --propertyName=mp.jwt.verify.issuer"
                + " --propertyValue=\"http://127.0.0.1:9/iss\""));
    }

    @Test
    void rejectsUnsupportedDatabases() {
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("jdbc:mysql://x/y", "u", "p"));
        assertEquals("org.postgresql.ds.PGSimpleDataSource",
                new DatabaseSettings("jdbc:postgresql://127.0.0.1/aitbc", "u", "p").dataSourceClassName());
    }

    @Test
    void readsSettingsFromTheEnvironment() {
        ServerSettings s = EnvironmentSettings.read(Map.of("AITBC_DATA_DIR", "/tmp/d", "AITBC_PORT_BASE", "9000",
                "AITBC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/aitbc", "AITBC_DB_USER", "aitbc",
                "AITBC_JWT_ISSUER", "https://id.example/realm", "AITBC_JWT_JWKS_URL", "https://id.example/realm/certs"));
        assertEquals(9080, s.httpPort());
        assertEquals(9048, s.adminPort());
        assertEquals("http://127.0.0.1:9080", s.baseUrl());
        assertEquals(DatabaseSettings.Vendor.POSTGRESQL, s.database().vendor());
        assertEquals("aitbc", s.jwt().orElseThrow().audience());
        assertThrows(IllegalArgumentException.class,
                () -> EnvironmentSettings.read(Map.of("AITBC_JWT_ISSUER", "https://id.example/realm")));
    }
}
