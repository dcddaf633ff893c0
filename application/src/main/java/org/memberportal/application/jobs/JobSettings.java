package org.memberportal.application.jobs;

import java.time.Duration;
import java.util.Objects;

/** How long a job's lock lasts without renewal: the longest a crashed instance blocks the next run. */
public record JobSettings(Duration lockLease) {

    public JobSettings {
        Objects.requireNonNull(lockLease);
        if (lockLease.isNegative() || lockLease.isZero()) {
            throw new IllegalArgumentException("a lock lease must be positive");
        }
    }
}
