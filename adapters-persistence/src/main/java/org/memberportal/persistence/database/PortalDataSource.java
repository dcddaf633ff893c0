package org.memberportal.persistence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The portal's connection source, chosen by the JDBC URL alone: PostgreSQL for a
 * {@code jdbc:postgresql:} URL, H2 otherwise. The runtime's connection pool {@code jdbc/portal}
 * is made of this class (see post-boot.asadmin), and both the application and the batch job
 * repository use that pool, so one setting moves all of the portal's data.
 *
 * <p>The settings come from the system properties {@code portal.db.url}, {@code portal.db.user},
 * {@code portal.db.password}, else from the environment variables {@code PORTAL_DB_URL},
 * {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}, else the URL is an H2 file under
 * {@code ./data}. They are read here and not through MicroProfile Config because the pool is the
 * server's, made before any application is deployed. (Written by hand: a pool takes one data
 * source class, and each driver's own class speaks one database.)
 *
 * <p>No wait on PostgreSQL is unbounded: opening a connection gives up after
 * {@code PORTAL_DB_CONNECT_TIMEOUT}, a statement is cancelled by the server after
 * {@code PORTAL_DB_STATEMENT_TIMEOUT}, and a read that gets no answer for
 * {@code PORTAL_DB_SOCKET_TIMEOUT} (a database gone without closing its sockets) drops the
 * connection. A setting the URL already gives wins. The sessions are named {@value #APPLICATION_NAME}
 * on the server, so an operator can count what each instance holds.
 *
 * <p>Until this JVM has once reached its database, a failed connection is tried again: after 1 s,
 * then twice as long each time up to {@code PORTAL_DB_STARTUP_RETRY_MAX_INTERVAL}, at most
 * {@code PORTAL_DB_STARTUP_RETRIES} times, each failure logged. This covers a database started
 * beside the portal: the runtime logs its persistence unit in while it deploys the application,
 * before any code of the portal runs, and a failed deployment would leave a process up that
 * serves nothing. When the retries are spent the process ends with status 1, so its supervisor
 * sees it. Once connected, failures are the pool's and the request's to report, at once.
 */
public class PortalDataSource implements DataSource {

    /** How the portal's sessions are named on PostgreSQL ({@code pg_stat_activity.application_name}). */
    static final String APPLICATION_NAME = "member-portal";

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());

    /** Whether this JVM has reached its database once (the pool may make several of this class). */
    private static final AtomicBoolean REACHED = new AtomicBoolean();

    /** How the process is ended; tests put a recorder here. */
    static IntConsumer exit = ProcessExit::exit;

    static final String DEFAULT_URL = "jdbc:h2:file:./data/portal;DB_CLOSE_ON_EXIT=FALSE";

    private String url = setting("portal.db.url", "PORTAL_DB_URL", DEFAULT_URL);
    private String user = setting("portal.db.user", "PORTAL_DB_USER", "portal");
    private String password = setting("portal.db.password", "PORTAL_DB_PASSWORD", "portal");
    private final Duration connectTimeout = duration("portal.db.connect-timeout", "PORTAL_DB_CONNECT_TIMEOUT", "PT5S");
    private final Duration socketTimeout = duration("portal.db.socket-timeout", "PORTAL_DB_SOCKET_TIMEOUT", "PT60S");
    private final Duration statementTimeout = duration("portal.db.statement-timeout", "PORTAL_DB_STATEMENT_TIMEOUT",
            "PT30S");
    private final int startupRetries = Integer.parseInt(setting("portal.db.startup-retries",
            "PORTAL_DB_STARTUP_RETRIES", "10"));
    private final Duration startupRetryMaxInterval = duration("portal.db.startup-retry-max-interval",
            "PORTAL_DB_STARTUP_RETRY_MAX_INTERVAL", "PT30S");
    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Duration duration(String property, String variable, String fallback) {
        String value = setting(property, variable, fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(variable + " is not an ISO-8601 duration: " + value, e);
        }
    }

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    /** Whether the settings name PostgreSQL (else the portal runs on H2). */
    public boolean isPostgresql() {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            if (url == null || url.isBlank()) {
                throw new SQLException("no database URL is configured (PORTAL_DB_URL)");
            }
            current = isPostgresql() ? postgresql() : h2();
            target = current;
        }
        return current;
    }

    private DataSource postgresql() throws SQLException {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        Properties given = org.postgresql.Driver.parseURL(url, null);
        if (given == null) {
            throw new SQLException("not a PostgreSQL JDBC URL (PORTAL_DB_URL)");
        }
        if (!given.containsKey("connectTimeout")) {
            ds.setConnectTimeout(seconds(connectTimeout));
        }
        if (!given.containsKey("loginTimeout")) {
            ds.setLoginTimeout(seconds(connectTimeout));
        }
        if (!given.containsKey("socketTimeout")) {
            ds.setSocketTimeout(seconds(socketTimeout));
        }
        if (!given.containsKey("ApplicationName")) {
            ds.setApplicationName(APPLICATION_NAME);
        }
        if (!given.containsKey("reWriteBatchedInserts")) {
            // A batch of inserts goes as multi-row statements: the sync stores a chunk's new states
            // in one batch, and PostgreSQL parses and plans one statement instead of one per row.
            // Only inserts are rewritten (their row counts then read "no info"; nothing here reads
            // them); a batch of updates keeps the count of each row.
            ds.setReWriteBatchedInserts(true);
        }
        if (!given.containsKey("options")) {
            ds.setOptions("-c statement_timeout=" + statementTimeout.toMillis());
        }
        if (user != null && !user.isEmpty()) {
            ds.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** Whole seconds, never 0 (which pgjdbc reads as "no limit"). */
    private static int seconds(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
    }

    private DataSource h2() {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user == null ? "" : user);
        ds.setPassword(password == null ? "" : password);
        return ds;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(() -> target().getConnection());
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return connect(() -> target().getConnection(username, pass));
    }

    /**
     * A connection of its own, with the pool's settings but outside the pool and without the
     * start-up retries: for a listener that holds it for as long as it lives and reconnects itself.
     */
    public Connection connectAlone() throws SQLException {
        return target().getConnection();
    }

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private Connection connect(Connector connector) throws SQLException {
        if (REACHED.get()) {
            return connector.connect();
        }
        Duration wait = Duration.ofSeconds(1);
        for (int attempt = 1;; attempt++) {
            try {
                Connection connection = connector.connect();
                REACHED.set(true);
                return connection;
            } catch (SQLException e) {
                if (attempt > startupRetries) {
                    LOG.log(Level.SEVERE, "The database could not be reached at start-up (" + attempt
                            + " attempts); the portal stops (exit status " + ProcessExit.STARTUP_FAILED + "): " + e.getMessage(), e);
                    exit.accept(ProcessExit.STARTUP_FAILED);
                    throw e;
                }
                LOG.warning("The database cannot be reached yet (attempt " + attempt + " of " + (startupRetries + 1)
                        + "), next attempt in " + wait.toSeconds() + " s: " + e.getMessage());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(startupRetryMaxInterval) > 0 ? startupRetryMaxInterval
                        : wait.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration wait) throws SQLException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database", e);
        }
    }

    /** For tests: as if this JVM had never reached its database. */
    static void forgetReached() {
        REACHED.set(false);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
