package org.memberportal.it.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.memberportal.it.support.PortalJvm;

/**
 * A PostgreSQL of this test's own that can be stopped and started again on the same port and
 * data directory, as a database server restarts under a running portal.
 */
final class RestartableDatabase implements AutoCloseable {

    private final int port = PortalJvm.freePort();
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    RestartableDatabase(String name) {
        try {
            dataDirectory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), name + "-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    synchronized void start() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void stop() {
        try {
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            stop();
        }
    }
}
