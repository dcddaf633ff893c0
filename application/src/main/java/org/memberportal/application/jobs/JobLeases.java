package org.memberportal.application.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Jobs' locks as leases of {@link JobSettings#lockLease()}. Each call commits on its own, whatever
 * transaction the caller is in: another instance must see a lock the moment it is taken. Only a
 * run's {@link Fence} works inside the caller's transaction, the one of the write it guards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLeases {

    private final JobLocks locks;
    private final JobSettings settings;
    private final Clock clock;

    protected JobLeases() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public JobLeases(JobLocks locks, JobSettings settings, Clock clock) {
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean take(String jobName, String holder) {
        Instant now = clock.instant();
        return locks.acquire(jobName, holder, now, now.plus(settings.lockLease()));
    }

    public boolean extend(String jobName, String holder) {
        Instant now = clock.instant();
        return locks.renew(jobName, holder, now, now.plus(settings.lockLease()));
    }

    public void giveBack(String jobName, String holder) {
        locks.release(jobName, holder);
    }

    public boolean isTaken(String jobName) {
        return locks.find(jobName).map(lock -> lock.isHeldAt(clock.instant())).orElse(false);
    }

    /**
     * The holder of a lease that ran out without being given back (its run died, or stalled past
     * its lease), other than {@code taker}: the run a taker of the lock takes over from.
     */
    public Optional<String> lapsedHolder(String jobName, String taker) {
        Instant now = clock.instant();
        return locks.find(jobName)
                .filter(lock -> lock.holder() != null && !lock.holder().equals(taker) && !lock.isHeldAt(now))
                .map(JobLock::holder);
    }

    /**
     * Claims, for this instance's schedule, the period of {@code every} that now falls in. Periods
     * are counted from the epoch, so every instance with the same schedule cuts time alike whenever
     * it started, and the database tells one of them per period to start the run.
     */
    public boolean claimPeriod(String jobName, Duration every) {
        long length = every.toMillis();
        Instant periodStart = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), length) * length);
        return locks.claimPeriod(jobName, periodStart);
    }

    /** The wait from now to the start of the next period of {@code every}: where a schedule's ticks begin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Duration untilNextPeriod(Duration every) {
        long length = every.toMillis();
        return Duration.ofMillis(length - Math.floorMod(clock.millis(), length));
    }

    /** The fence of the run that holds (or held) the job's lock as {@code holder}; see {@link Fence}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fence fenceOf(String jobName, String holder) {
        return () -> {
            if (!locks.holds(jobName, holder, clock.instant())) {
                throw new LeaseLost(jobName, holder);
            }
        };
    }

    public JobSettings settings() {
        return settings;
    }
}
