package org.memberportal.application.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a job's lock lasts without renewal (the longest a crashed instance blocks the next
 * run), and the longest transaction a job's write may last. The lease must outlast that
 * transaction, so that a run renewing on time never loses its lease in the middle of a write; it
 * is renewed three times per lease, so two renewals in a row may fail (a slow database) before it
 * lapses.
 */
public record JobSettings(Duration lockLease, Duration longestTransaction) {

    public JobSettings {
        Objects.requireNonNull(lockLease);
        Objects.requireNonNull(longestTransaction);
        if (lockLease.isNegative() || lockLease.isZero()) {
            throw new IllegalArgumentException("a lock lease must be positive");
        }
        if (longestTransaction.isNegative() || longestTransaction.isZero()) {
            throw new IllegalArgumentException("the longest transaction must be positive");
        }
        if (lockLease.compareTo(longestTransaction) <= 0) {
            throw new IllegalArgumentException("a lock lease (" + lockLease
                    + ") must be longer than the longest transaction (" + longestTransaction + ")");
        }
    }

    /** How often a running job renews its lease. */
    public Duration renewEvery() {
        return lockLease.dividedBy(3);
    }
}
