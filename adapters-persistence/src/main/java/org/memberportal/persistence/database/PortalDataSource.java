package org.memberportal.persistence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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
 */
public class PortalDataSource implements DataSource {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/portal;DB_CLOSE_ON_EXIT=FALSE";

    private String url = setting("portal.db.url", "PORTAL_DB_URL", DEFAULT_URL);
    private String user = setting("portal.db.user", "PORTAL_DB_USER", "portal");
    private String password = setting("portal.db.password", "PORTAL_DB_PASSWORD", "portal");
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
            current = url.startsWith("jdbc:postgresql:") ? postgresql() : h2();
            target = current;
        }
        return current;
    }

    private DataSource postgresql() {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        if (user != null && !user.isEmpty()) {
            ds.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
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
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
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
