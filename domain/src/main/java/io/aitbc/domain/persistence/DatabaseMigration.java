package io.aitbc.domain.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates the application's schema with Flyway from this module's SQL scripts
 * ({@code db/migration/common}), one set for both databases: the types that differ are placeholders.
 * Never drops anything.
 */
public final class DatabaseMigration {

    /** What a migration did. */
    public record Report(String vendor, String schemaVersion, int migrationsExecuted) { }

    private DatabaseMigration() {
    }

    public static Report migrate(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(dialect.schema())
                .createSchemas(true)
                .locations("classpath:db/migration/common")
                .placeholders(Map.of("bytes", dialect.bytesType(), "text", dialect.textType()))
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        return new Report(dialect.vendor(), current == null ? null : current.getVersion().getVersion(),
                result.migrationsExecuted);
    }

    private record Dialect(String vendor, String schema) {

        String bytesType() {
            return vendor.equals("postgresql") ? "BYTEA" : "BLOB";
        }

        String textType() {
            return vendor.equals("postgresql") ? "TEXT" : "CLOB";
        }

        static Dialect of(DataSource ds) {
            try (Connection c = ds.getConnection()) {
                DatabaseMetaData md = c.getMetaData();
                String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
                String vendor = switch (product) {
                    case "h2" -> "h2";
                    case "postgresql" -> "postgresql";
                    default -> throw new IllegalStateException("Unsupported database: " + md.getDatabaseProductName()
                            + " (AITBC runs on H2 and PostgreSQL)");
                };
                // Flyway quotes schema names; give it the spelling the database uses for unquoted ones.
                String schema = md.storesUpperCaseIdentifiers() ? AitbcDatabase.SCHEMA.toUpperCase(Locale.ROOT)
                        : AitbcDatabase.SCHEMA.toLowerCase(Locale.ROOT);
                return new Dialect(vendor, schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
            }
        }
    }
}
