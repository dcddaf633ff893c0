package org.memberportal.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The start-up decision: a schema brought up to date lets the portal go on; any failure ends it. */
class SchemaMigrationTest {

    private final List<Integer> exits = new ArrayList<>();

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        return h2;
    }

    private static Flyway flyway(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    @Test
    void aMigratedSchemaLetsThePortalStart() {
        JdbcDataSource database = freshDatabase();

        var result = SchemaMigration.migrateOrExit(flyway(database)::migrate, exits::add);

        assertThat(result.success).isTrue();
        assertThat(exits).isEmpty();
    }

    @Test
    void aSchemaFlywayDoesNotOwnEndsTheProcessWithStatus1() throws SQLException {
        JdbcDataSource database = freshDatabase();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table someone_elses (id int)");
        }

        assertThatThrownBy(() -> SchemaMigration.migrateOrExit(flyway(database)::migrate, exits::add))
                .isInstanceOf(FlywayException.class);
        assertThat(exits).containsExactly(ProcessExit.STARTUP_FAILED);
    }

    @Test
    void aHistoryThatNoLongerMatchesTheMigrationsEndsTheProcessWithStatus1() throws SQLException {
        JdbcDataSource database = freshDatabase();
        flyway(database).migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '1'");
        }

        assertThatThrownBy(() -> SchemaMigration.migrateOrExit(flyway(database)::migrate, exits::add))
                .isInstanceOf(FlywayException.class);
        assertThat(exits).containsExactly(ProcessExit.STARTUP_FAILED);
    }
}
