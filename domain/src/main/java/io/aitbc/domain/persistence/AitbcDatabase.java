package io.aitbc.domain.persistence;

/** Names shared by the persistence unit, the repositories and the server configuration. */
public final class AitbcDatabase {

    /** The persistence unit in META-INF/persistence.xml of this module. */
    public static final String UNIT = "aitbc";
    /** JNDI name of the application's data source (a JDBC resource of the domain). */
    public static final String DATA_SOURCE = "jdbc/aitbc";
    /**
     * The schema holding the application's tables (and Flyway's history), apart from tables the server
     * itself keeps in the same database (the batch job repository). Unquoted, so each database folds it
     * its own way (AITBC on H2, aitbc on PostgreSQL).
     */
    public static final String SCHEMA = "aitbc";

    private AitbcDatabase() {
    }
}
