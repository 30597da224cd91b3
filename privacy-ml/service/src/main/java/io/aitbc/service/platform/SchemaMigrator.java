package io.aitbc.service.platform;

import io.aitbc.domain.persistence.AitbcDatabase;
import io.aitbc.domain.persistence.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the schema when the application starts, before any request is served. If the migration fails,
 * the deployment fails with the reason (the start command reports it) instead of serving a broken schema.
 */
@Singleton
@Startup
// Flyway manages its own transactions (commit per migration), which a container transaction forbids.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator implements DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = AitbcDatabase.DATA_SOURCE)
    DataSource dataSource;

    private DatabaseMigration.Report report;

    @PostConstruct
    void migrate() {
        report = DatabaseMigration.migrate(dataSource);
        LOG.info(() -> "Database schema on " + report.vendor() + " at version " + report.schemaVersion()
                + " (" + report.migrationsExecuted() + " migrations applied now)");
    }

    @Override
    public DatabaseMigration.Report migration() {
        return report;
    }

    @Override
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
