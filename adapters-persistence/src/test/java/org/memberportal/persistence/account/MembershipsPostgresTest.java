package org.memberportal.persistence.account;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.memberportal.persistence.testing.TestDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class MembershipsPostgresTest extends MembershipsContract {

    private static final AtomicInteger FRESH = new AtomicInteger();
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

    @Override
    DataSource freshDataSource() throws SQLException {
        String name = "fresh_" + FRESH.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }
}
