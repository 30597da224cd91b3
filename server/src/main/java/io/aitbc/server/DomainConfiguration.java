package io.aitbc.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The asadmin commands that turn a freshly created domain into the platform's domain. Pure: settings in,
 * command lines (asadmin multimode syntax) out.
 */
final class DomainConfiguration {

    static final String POOL = "aitbc-pool";
    static final String DATA_SOURCE = "jdbc/aitbc";
    /** Administration, IIOP and JMX are for this machine only, whatever address HTTP binds to. */
    static final String LOCAL_ONLY = "127.0.0.1";

    private static final String CONFIG = "configs.config.server-config.";

    private DomainConfiguration() {
    }

    static List<String> commands(ServerSettings s) {
        List<String> c = new ArrayList<>();
        String listeners = CONFIG + "network-config.network-listeners.network-listener.";
        c.add("set " + listeners + "http-listener-1.address=" + s.bindAddress());
        c.add("set " + listeners + "http-listener-2.address=" + s.bindAddress());
        c.add("set " + listeners + "admin-listener.address=" + LOCAL_ONLY);
        for (String iiop : List.of("orb-listener-1", "SSL", "SSL_MUTUALAUTH")) {
            c.add("set " + CONFIG + "iiop-service.iiop-listener." + iiop + ".address=" + LOCAL_ONLY);
        }
        c.add("set " + CONFIG + "admin-service.jmx-connector.system.address=" + LOCAL_ONLY);
        // Not used by the platform; disabled so that nothing else opens a port.
        c.add("set " + CONFIG + "jms-service.type=DISABLED");
        // Hazelcast listens on all interfaces even with clustering off (measured), so switch it off.
        c.add("set-hazelcast-configuration --enabled=false --dynamic=false");
        c.add("set " + CONFIG + "admin-service.das-config.autodeploy-enabled=false");
        c.add("set " + CONFIG + "admin-service.das-config.dynamic-reload-enabled=false");
        c.add("delete-jvm-options -Xmx512m");
        c.add("create-jvm-options -Xmx" + s.maxHeap());
        // Payara's own H2 pools use AUTO_SERVER, which would open a port on all interfaces.
        c.add("create-jvm-options -Dh2.bindAddress=" + LOCAL_ONLY);
        c.add("create-jdbc-connection-pool --datasourceclassname " + s.database().dataSourceClassName()
                + " --restype javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=meta-data"
                + " --property " + quote(poolProperties(s.database().poolProperties())) + " " + POOL);
        c.add("create-jdbc-resource --connectionpoolid " + POOL + " " + DATA_SOURCE);
        // The batch job repository shares the application's pool (else chunk steps fail with non-XA errors).
        c.add("set-batch-runtime-configuration --datasourcelookupname " + DATA_SOURCE);
        s.config().forEach((name, value) -> c.add(configProperty(name, value)));
        s.jwt().ifPresentOrElse(jwt -> {
            c.add(configProperty("mp.jwt.verify.issuer", jwt.issuer()));
            c.add(configProperty("mp.jwt.verify.publickey.location", jwt.jwksUrl()));
            c.add(configProperty("mp.jwt.verify.audiences", jwt.audience()));
        }, () -> {
            // No issuer: Payara needs one to even reject a token (else it answers 500), so the domain gets
            // a key nobody holds the private half of. Every token is refused with 401.
            c.add(configProperty("mp.jwt.verify.issuer", LockedIssuer.ISSUER));
            c.add(configProperty("mp.jwt.verify.publickey", LockedIssuer.freshPublicKey()));
        });
        return List.copyOf(c);
    }

    private static String configProperty(String name, String value) {
        return "set-config-property --source=domain --propertyName=" + name + " --propertyValue=" + quote(value);
    }

    /** asadmin's property list syntax: name=value pairs separated by ':', with ':' and '=' escaped in values. */
    static String poolProperties(Map<String, String> properties) {
        return properties.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .peek(e -> rejectBackslash(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue().replace(":", "\\:").replace("=", "\\="))
                .collect(Collectors.joining(":"));
    }

    private static void rejectBackslash(String value) {
        if (value.contains("\\")) {
            throw new IllegalArgumentException("backslashes are not allowed in database settings");
        }
    }

    private static String quote(String value) {
        if (value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException("quotes and line breaks are not allowed in server settings: " + value);
        }
        return "\"" + value + "\"";
    }
}
