package org.memberportal.persistence.throttle;

import static org.memberportal.persistence.database.InstantAsUtcTimestamp.column;
import static org.memberportal.persistence.database.InstantAsUtcTimestamp.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.persistence.database.PortalDatabase;
import org.memberportal.persistence.database.TransactionConnection;

/**
 * Counters in {@code login_throttles}, one row per key, held with {@code SELECT ... FOR UPDATE}
 * (PostgreSQL and H2 alike): a second transaction locking the same key waits for the first one's
 * commit and then reads its count. A key's first row is added by an insert that adds nothing when
 * a racing transaction added it first: PostgreSQL's {@code ON CONFLICT DO NOTHING} waits for the
 * other insert and skips; H2 refuses the duplicate, which leaves its transaction usable (the
 * statement runs on the JDBC connection itself, so EclipseLink does not mark the transaction for
 * rollback). Times are stored as UTC, as EclipseLink stores the entities' instants.
 */
@ApplicationScoped
public class JpaAttemptCounters implements AttemptCounters {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Whether the database is PostgreSQL, learnt from the first connection. */
    private volatile Boolean postgres;

    @Override
    public AttemptCount lock(String key) {
        return run(connection -> {
            addRow(connection, key);
            return find(connection, key, " for update");
        });
    }

    @Override
    public AttemptCount read(String key) {
        return run(connection -> find(connection, key, ""));
    }

    @Override
    public void save(AttemptCount count) {
        run(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update login_throttles set failures = ?,"
                    + " last_failure_at = ?, blocked_until = ? where attempt_key = ?")) {
                update.setInt(1, count.failures());
                update.setObject(2, column(count.lastFailureAt()));
                update.setObject(3, column(count.blockedUntil()));
                update.setString(4, count.key());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void clear(String key) {
        run(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from login_throttles where attempt_key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int purgeBefore(Instant before) {
        return run(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from login_throttles"
                    + " where (last_failure_at is null or last_failure_at < ?)"
                    + " and (blocked_until is null or blocked_until < ?)")) {
                delete.setObject(1, column(before));
                delete.setObject(2, column(before));
                return delete.executeUpdate();
            }
        });
    }

    private void addRow(Connection connection, String key) throws SQLException {
        if (isPostgres(connection)) {
            try (PreparedStatement insert = connection.prepareStatement("insert into login_throttles"
                    + " (attempt_key, failures) values (?, 0) on conflict (attempt_key) do nothing")) {
                insert.setString(1, key);
                insert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into login_throttles"
                + " (attempt_key, failures) select ?, 0 where not exists"
                + " (select 1 from login_throttles where attempt_key = ?)")) {
            insert.setString(1, key);
            insert.setString(2, key);
            insert.executeUpdate();
        } catch (SQLException raced) {
            if (!"23505".equals(raced.getSQLState()) && raced.getErrorCode() != H2_CONCURRENT_UPDATE) {
                throw raced;
            }
            // another transaction added the row first: it is there, which is all this wanted
        }
    }

    /** H2's "concurrent update" (90131), which it may answer for a duplicate added meanwhile. */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private static AttemptCount find(Connection connection, String key, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select failures, last_failure_at, blocked_until"
                + " from login_throttles where attempt_key = ?" + lock)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return AttemptCount.none(key);
                }
                return new AttemptCount(key, row.getInt(1), instant(row, 2),
                        instant(row, 3));
            }
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = PortalDatabase.isPostgresql(connection);
            postgres = known;
        }
        return known;
    }

    private <T> T run(TransactionConnection.Work<T> work) {
        return TransactionConnection.run(em, "login throttling", work);
    }
}
