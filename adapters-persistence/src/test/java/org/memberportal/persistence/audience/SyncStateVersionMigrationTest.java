package org.memberportal.persistence.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Version 0 of a sync state means "not stored": no stored row holds it, old or new. */
class SyncStateVersionMigrationTest {

    @Test
    void aStateStoredBeforeVersionsStartedAtOneHoldsOneAndNoRowCanHoldZero() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        migrate(database, MigrationVersion.fromVersion("14"));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // the row's account is beside the point here
            statement.execute("set referential_integrity false");
            statement.execute("insert into audience_sync_state (account_id) values ('before')");
        }

        migrate(database, MigrationVersion.LATEST);

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            statement.execute("insert into audience_sync_state (account_id) values ('defaulted')");
            try (ResultSet rows = statement.executeQuery("select account_id, version from audience_sync_state"
                    + " order by account_id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("before");
                assertThat(rows.getLong(2)).isEqualTo(1);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(2)).as("a row inserted without a version").isEqualTo(1);
            }
            assertThatThrownBy(() -> statement.execute("insert into audience_sync_state (account_id, version)"
                    + " values ('zero', 0)")).isInstanceOf(SQLException.class);
        }
    }

    private static void migrate(JdbcDataSource database, MigrationVersion target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }
}
