package org.memberportal.application.jobs;

import java.time.Instant;

/** A job's lock row: who holds it, and until when the lease runs (null holder: free). */
public record JobLock(String jobName, String holder, Instant lockedUntil) {

    public boolean isHeldAt(Instant now) {
        return holder != null && lockedUntil != null && lockedUntil.isAfter(now);
    }
}
