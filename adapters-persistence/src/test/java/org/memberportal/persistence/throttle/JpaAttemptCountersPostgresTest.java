package org.memberportal.persistence.throttle;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.memberportal.persistence.testing.TestDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class JpaAttemptCountersPostgresTest extends JpaAttemptCountersContract {

    private static EmbeddedPostgres postgres;
    private static TestDatabase database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        database = new TestDatabase(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
        postgres.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
