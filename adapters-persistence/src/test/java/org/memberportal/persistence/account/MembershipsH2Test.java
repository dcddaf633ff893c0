package org.memberportal.persistence.account;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.memberportal.persistence.testing.TestDatabase;

class MembershipsH2Test extends JpaMembershipsContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = new TestDatabase(h2());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        return h2;
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    DataSource freshDataSource() {
        return h2();
    }
}
