package org.memberportal.application.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * One lock row per job in the shared database, so that a job runs once at a time across every
 * portal instance. A lock is a lease: its holder renews it while working, and one whose holder
 * died is free again once the lease ran out. Each method but {@link #holds} is one conditional
 * write that commits at once; of two instances racing, exactly one wins.
 */
public interface JobLocks {

    /** Takes the lock when it is free or its lease ran out (or {@code holder} has it already). */
    boolean acquire(String jobName, String holder, Instant now, Instant until);

    /** Extends the lease, only while {@code holder} still has it. */
    boolean renew(String jobName, String holder, Instant now, Instant until);

    /** Frees the lock, only if {@code holder} has it. */
    void release(String jobName, String holder);

    /**
     * Within the caller's transaction: whether {@code holder} has the lock and its lease runs past
     * {@code now}. The row stays locked (shared) until that transaction ends, so no other run can
     * take the lock over between this check and the caller's commit.
     */
    boolean holds(String jobName, String holder, Instant now);

    Optional<JobLock> find(String jobName);

    /**
     * Records that a schedule started the job's run of the period beginning at {@code periodStart},
     * only if no schedule did for that period or a later one: of the instances whose schedules tick
     * in one period, exactly one is told yes.
     */
    boolean claimPeriod(String jobName, Instant periodStart);
}
