package org.memberportal.persistence.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class MembershipsPostgresTest extends JpaMembershipsContract {

    private static final AtomicInteger FRESH = new AtomicInteger();

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }

    @Override
    DataSource freshDataSource() throws SQLException {
        String name = "fresh_" + FRESH.incrementAndGet();
        try (Connection connection = POSTGRES.server().getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return POSTGRES.server().getDatabase("postgres", name);
    }
}
