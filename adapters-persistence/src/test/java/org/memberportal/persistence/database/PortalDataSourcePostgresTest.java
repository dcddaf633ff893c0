package org.memberportal.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class PortalDataSourcePostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private final List<Integer> exits = new CopyOnWriteArrayList<>();

    @AfterEach
    void clearSettings() {
        System.clearProperty("portal.db.statement-timeout");
        System.clearProperty("portal.db.startup-retries");
        System.clearProperty("portal.db.startup-retry-max-interval");
        PortalDataSource.exit = ProcessExit::exit;
    }

    private static PortalDataSource portal(String url) {
        PortalDataSource dataSource = new PortalDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void everySessionHasAStatementTimeoutAndIsNamed() throws SQLException {
        try (Connection connection = portal(postgres.getJdbcUrl("postgres", "postgres")).getConnection()) {
            assertThat(show(connection, "statement_timeout")).isEqualTo("30s");
            assertThat(show(connection, "application_name")).isEqualTo(PortalDataSource.APPLICATION_NAME);
        }
    }

    @Test
    void aBatchOfInsertsGoesAsMultiRowStatementsAndABatchOfUpdatesKeepsEachRowsCount() throws SQLException {
        try (Connection connection = portal(postgres.getJdbcUrl("postgres", "postgres")).getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("create temporary table batched (id int primary key, name varchar(10))");
            try (PreparedStatement insert = connection.prepareStatement("insert into batched values (?, ?)")) {
                for (int id = 1; id <= 4; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "n" + id);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
            }
            try (PreparedStatement update = connection.prepareStatement("update batched set name = ? where id = ?")) {
                for (int id : new int[] {1, 7, 3}) {
                    update.setString(1, "m" + id);
                    update.setInt(2, id);
                    update.addBatch();
                }
                assertThat(update.executeBatch()).containsExactly(1, 0, 1);
            }
            try (ResultSet names = ddl.executeQuery("select string_agg(name, ',' order by id) from batched")) {
                names.next();
                assertThat(names.getString(1)).isEqualTo("m1,n2,m3,n4");
            }
        }
    }

    @Test
    void aStatementRunningPastTheTimeoutIsCancelledByTheServer() throws SQLException {
        System.setProperty("portal.db.statement-timeout", "PT0.2S");
        try (Connection connection = portal(postgres.getJdbcUrl("postgres", "postgres")).getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("select pg_sleep(5)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void atStartUpADatabaseNotUpYetIsWaitedFor() throws Exception {
        int port = closedPort();
        System.setProperty("portal.db.startup-retries", "120");
        System.setProperty("portal.db.startup-retry-max-interval", "PT1S");
        PortalDataSource.forgetReached();
        PortalDataSource.exit = exits::add;
        PortalDataSource dataSource = portal("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        CompletableFuture<EmbeddedPostgres> comesUp = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(1500);
                return EmbeddedPostgres.builder().setPort(port).start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        } finally {
            comesUp.get(2, TimeUnit.MINUTES).close();
        }
        assertThat(exits).isEmpty();
    }

    @Test
    void atStartUpADatabaseThatNeverComesEndsTheProcessWithStatus1() {
        System.setProperty("portal.db.startup-retries", "2");
        System.setProperty("portal.db.startup-retry-max-interval", "PT1S");
        PortalDataSource.forgetReached();
        PortalDataSource.exit = exits::add;
        PortalDataSource dataSource = portal("jdbc:postgresql://127.0.0.1:" + closedPort() + "/postgres");

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
        assertThat(exits).containsExactly(ProcessExit.STARTUP_FAILED);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void optionsGivenInTheUrlWin() throws SQLException {
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&options=-c%20statement_timeout%3D7000";
        try (Connection connection = portal(url).getConnection()) {
            assertThat(show(connection, "statement_timeout")).isEqualTo("7s");
        }
    }
}
