package org.memberportal.application.identity;

import java.time.Instant;
import java.util.List;

/**
 * Failed logins, per key ("account:<address>" or "client:<IP address>"), kept in the database so
 * that every portal instance counts the same failures.
 */
public interface LoginAttempts {

    /** The times of this key's failures after {@code since}, oldest first. */
    List<Instant> failuresSince(String key, Instant since);

    void recordFailure(String key, Instant at);

    /** Forgets a key's failures, and every failure older than {@code before}. */
    void clear(String key, Instant before);

    /** Forgets every failure older than {@code before}; answers how many. */
    int purgeBefore(Instant before);
}
