package io.aitbc.domain.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The same contract on a real PostgreSQL 17 (embedded binaries, listening on 127.0.0.1 only). */
class PostgresRepositoriesTest extends RepositoriesContract {

    private static EmbeddedPostgres postgres;
    private static TestDatabase db;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        db = new TestDatabase(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        db.close();
        postgres.close();
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
