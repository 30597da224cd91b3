package io.aitbc.domain.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

class H2RepositoriesTest extends RepositoriesContract {

    private static TestDatabase db;

    @BeforeAll
    static void start() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:aitbc-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("aitbc");
        ds.setPassword("aitbc");
        db = new TestDatabase(ds);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    TestDatabase db() {
        return db;
    }

    /** The product's repositories (metering, audit, benchmarks, ...) on the same database. */
    @Nested
    class Product extends ProductRepositoriesContract {
        @Override
        TestDatabase db() {
            return db;
        }
    }
}
