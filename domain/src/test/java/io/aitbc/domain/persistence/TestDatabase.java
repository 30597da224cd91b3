package io.aitbc.domain.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/** A migrated database and an EntityManagerFactory on it, as the server would have them (but RESOURCE_LOCAL). */
final class TestDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final EntityManagerFactory emf;

    TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        DatabaseMigration.migrate(dataSource);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", null);
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        this.emf = jakarta.persistence.Persistence.createEntityManagerFactory(AitbcDatabase.UNIT, props);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction with a fresh persistence context. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
