package io.aitbc.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The application's database, as the JDBC connection pool of the domain sees it. Supported: H2 (the
 * embedded default, a file in the data directory) and PostgreSQL (production).
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public enum Vendor { H2, POSTGRESQL }

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        vendorOf(jdbcUrl); // rejects unsupported databases early
    }

    /**
     * The zero-setup default: an H2 database file ({@code <file>.mv.db}) opened by this server only (no
     * TCP port). The pool needs some credential; the file's protection is the data directory's. WRITE_DELAY=0:
     * each commit is written to the file before it returns; with H2's default delay a killed server lost the
     * transactions of its last half second (a committed job checkpoint, measured with kill -9).
     */
    public static DatabaseSettings h2File(Path file) {
        return new DatabaseSettings("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0", "aitbc", "aitbc");
    }

    public Vendor vendor() {
        return vendorOf(jdbcUrl);
    }

    /** The DataSource class the connection pool instantiates (not XA: one resource per transaction). */
    public String dataSourceClassName() {
        return switch (vendor()) {
            case H2 -> "org.h2.jdbcx.JdbcDataSource";
            case POSTGRESQL -> "org.postgresql.ds.PGSimpleDataSource";
        };
    }

    /** Properties of the connection pool; both DataSource classes accept url, user and password. */
    public Map<String, String> poolProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("url", jdbcUrl);
        p.put("user", user);
        p.put("password", password);
        return p;
    }

    @Override
    public String toString() { // never print the password
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + "]";
    }

    private static Vendor vendorOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2:... or jdbc:postgresql:...): " + url);
    }
}
