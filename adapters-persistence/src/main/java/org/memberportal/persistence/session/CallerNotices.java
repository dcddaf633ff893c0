package org.memberportal.persistence.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears PostgreSQL tell of changed callers ({@code LISTEN portal_callers}, on a connection of its
 * own) and makes the memory forget them. It renews the memory's lease at every round trip that
 * proves its connection alive, a few times a second, so that a connection lost without a word
 * stops the memory within {@link #LEASE}; a lost connection is opened again, after 1 s, then twice
 * as long each time up to 30 s, and the memory answers nothing until it is.
 *
 * <p>A notice is delivered once its transaction commits, in the order of the commits, to every
 * instance's listener; hearing it takes a moment. {@link #catchUp} sends a mark down the same
 * channel, every listener answers each mark it hears, and the caller waits for as many answers as
 * there are listeners: each of them has then heard every change committed before the mark.
 */
final class CallerNotices implements Runnable {

    static final String CHANNEL = "portal_callers";
    /** How the listeners' sessions are named on the server, so that a mark knows how many answers to wait for. */
    static final String LISTENER_NAME = "member-portal-callers";
    /** How long the memory answers after its connection was last proven alive. */
    static final Duration LEASE = Duration.ofSeconds(1);
    static final Duration HEARTBEAT = Duration.ofMillis(250);
    private static final Duration FIRST_RETRY_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofSeconds(30);
    /** {@code mark:<instance>:<n>}, sent by an instance that waits; {@code heard:<instance>:<n>}, each listener's answer. */
    private static final String MARK = "mark:";
    private static final String HEARD = "heard:";

    private static final Logger LOG = Logger.getLogger(CallerNotices.class.getName());

    /** A connection of the listener's own, held as long as it works. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final CallerMemory memory;
    private final String instance = UUID.randomUUID() + ":";
    private final Object markLock = new Object();
    /** Guarded by {@link #markLock}: the last mark sent, and the answers to each mark still awaited. */
    private long marksSent;
    private final Map<Long, Integer> answers = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The listening thread's own: whether the last attempt failed, and how long until the next. */
    private boolean failing;
    private Duration retryWait = FIRST_RETRY_WAIT;

    CallerNotices(Connections connections, CallerMemory memory) {
        this.connections = connections;
        this.memory = memory;
    }

    @Override
    public void run() {
        while (stopped.getCount() > 0) {
            try (Connection connection = connections.open()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                memory.lapse();
                if (stopped.getCount() == 0) {
                    break;
                }
                String why = "Changes of callers are not heard from the database (" + e.getMessage() + "): every"
                        + " request reads its caller from the database until they are again; next attempt in "
                        + retryWait.toSeconds() + " s";
                LOG.log(failing ? Level.FINE : Level.WARNING, why);
                failing = true;
                if (awaitStop(retryWait)) {
                    break;
                }
                retryWait = retryWait.multipliedBy(2).compareTo(LONGEST_RETRY_WAIT) > 0 ? LONGEST_RETRY_WAIT
                        : retryWait.multipliedBy(2);
            }
        }
        memory.lapse();
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection notices = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement();
                PreparedStatement answer = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.execute("SET application_name = '" + LISTENER_NAME + "'");
            statement.execute("LISTEN " + CHANNEL);
            // every change committed from now on is told here; what was kept before is forgotten
            memory.lease(System.nanoTime(), LEASE);
            LOG.info(failing ? "Changes of callers are heard from the database again"
                    : "Callers are kept in memory; the database tells of each change to them");
            failing = false;
            retryWait = FIRST_RETRY_WAIT;
            long lastProven = System.nanoTime();
            while (stopped.getCount() > 0) {
                hear(notices.getNotifications((int) HEARTBEAT.toMillis()), answer);
                if (System.nanoTime() - lastProven >= HEARTBEAT.toNanos()) {
                    long sent = System.nanoTime();
                    statement.execute("SELECT 1");
                    memory.lease(sent, LEASE);
                    lastProven = sent;
                }
            }
        }
    }

    private void hear(PGNotification[] heard, PreparedStatement answer) throws SQLException {
        if (heard == null) {
            return;
        }
        for (PGNotification notice : heard) {
            String said = notice.getParameter();
            if (said.startsWith(MARK)) {
                answer.setString(1, CHANNEL);
                answer.setString(2, HEARD + said.substring(MARK.length()));
                answer.execute();
            } else if (said.startsWith(HEARD)) {
                if (said.startsWith(HEARD + instance)) {
                    long mark = Long.parseLong(said.substring(HEARD.length() + instance.length()));
                    synchronized (markLock) {
                        answers.computeIfPresent(mark, (m, count) -> count + 1);
                        markLock.notifyAll();
                    }
                }
                // another instance's answers say nothing of callers
            } else {
                memory.told(said);
            }
        }
    }

    /**
     * Returns once every listener has heard every change committed before this call. Sends a mark
     * through {@code connection} (one of the pool's, in no transaction, so that it commits at once)
     * and waits at most a {@link #LEASE} for the answers. A listener that does not answer in time
     * is one whose lease lapses soon; this instance's memory is forgotten meanwhile, since it may
     * be this one. Called only while this instance's memory holds a lease: without one it keeps
     * nothing, and there is nothing to catch up on.
     */
    void catchUp(Connection connection) throws SQLException {
        long mark;
        synchronized (markLock) {
            mark = ++marksSent;
            answers.put(mark, 0);
        }
        try {
            int listeners = sendMark(connection, mark);
            awaitAnswers(mark, listeners);
        } finally {
            synchronized (markLock) {
                answers.remove(mark);
            }
        }
    }

    /** Sends the mark; answers how many listeners there are to answer it. */
    private int sendMark(Connection connection, long mark) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT (SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = ?), pg_notify(?, ?)")) {
            notify.setString(1, LISTENER_NAME);
            notify.setString(2, CHANNEL);
            notify.setString(3, MARK + instance + mark);
            try (ResultSet row = notify.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void awaitAnswers(long mark, int listeners) {
        long deadline = System.nanoTime() + LEASE.toNanos();
        synchronized (markLock) {
            long left;
            while (answers.get(mark) < listeners && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(markLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    memory.lapse();
                    return;
                }
            }
            if (answers.get(mark) < listeners) {
                LOG.warning("Of " + listeners + " instances, " + answers.get(mark) + " confirmed within "
                        + LEASE.toMillis() + " ms that they heard the latest changes of callers; this instance"
                        + " forgets the callers it kept");
                memory.lapse();
            }
        }
    }

    /** Ends the listening within a {@link #HEARTBEAT}. */
    void stop() {
        stopped.countDown();
    }

    private boolean awaitStop(Duration wait) {
        try {
            return stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
