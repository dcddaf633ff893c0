package org.memberportal.application.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Jobs' locks as leases of {@link JobSettings#lockLease()}. Each call commits on its own, whatever
 * transaction the caller is in: another instance must see a lock the moment it is taken.
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
}
