package org.memberportal.application.throttle;

import java.time.Instant;

/**
 * Counters of failed attempts per key, kept in the database so that every portal instance counts
 * the same failures.
 */
public interface AttemptCounters {

    /**
     * The key's counter, held until the transaction ends (made at nought when the key has none):
     * parallel attempts on one key take turns, each one seeing the failures of those before it.
     */
    AttemptCount lock(String key);

    /** The key's counter as it is now, not held. */
    AttemptCount read(String key);

    /** Writes a counter back; its key's row is held (by {@link #lock}) in this transaction. */
    void save(AttemptCount count);

    void clear(String key);

    /** Forgets the counters whose last failure is older than {@code before} and that no longer wait. */
    int purgeBefore(Instant before);
}
