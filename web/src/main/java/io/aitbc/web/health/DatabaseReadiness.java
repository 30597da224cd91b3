package io.aitbc.web.health;

import io.aitbc.service.platform.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        var migration = database.migration();
        return HealthCheckResponse.named("database")
                .status(migration != null && database.reachable())
                .withData("vendor", migration == null ? "unknown" : migration.vendor())
                .withData("schemaVersion", migration == null || migration.schemaVersion() == null ? "none" : migration.schemaVersion())
                .build();
    }
}
