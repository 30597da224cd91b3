package io.aitbc.service.platform;

import io.aitbc.domain.persistence.DatabaseMigration;
import jakarta.ejb.Local;

/** Whether the application's database is reachable and its schema up to date (for readiness checks). */
@Local
public interface DatabaseStatus {

    /** The migration done at startup. */
    DatabaseMigration.Report migration();

    /** True if a connection can be opened and validated now. */
    boolean reachable();
}
