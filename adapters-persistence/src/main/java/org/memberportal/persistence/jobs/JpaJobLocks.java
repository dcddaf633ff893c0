package org.memberportal.persistence.jobs;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.memberportal.application.jobs.JobLock;
import org.memberportal.application.jobs.JobLocks;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;
import org.memberportal.persistence.database.PortalDatabase;

/**
 * Job locks by conditional updates, as the outbox claims its rows: "take the row where it is free
 * or its lease ran out" changes one row for exactly one of two racing instances, since the second
 * one's update waits for the first one's commit and then finds the condition false (PostgreSQL
 * re-checks it on the new row version under READ COMMITTED; so does H2). The rows of the known
 * jobs are made by the migration; a row for another job is added on first use by an insert that
 * adds nothing when the row exists. Each call commits on its own, but a fence's check, which holds
 * the row for the write it guards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaJobLocks implements JobLocks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Whether the database is PostgreSQL, learnt from the first connection. */
    private volatile Boolean postgres;

    @Override
    public boolean acquire(String jobName, String holder, Instant now, Instant until) {
        ensureRow(jobName);
        return rowsChanged(em.createQuery("update JobLockEntity l set l.holder = :holder, l.acquiredAt = :now,"
                + " l.lockedUntil = :until where l.jobName = :job"
                + " and (l.holder is null or l.lockedUntil <= :now or l.holder = :holder)")
                .setParameter("holder", holder)
                .setParameter("now", now)
                .setParameter("until", until)
                .setParameter("job", jobName)) == 1;
    }

    @Override
    public boolean renew(String jobName, String holder, Instant now, Instant until) {
        return rowsChanged(em.createQuery("update JobLockEntity l set l.lockedUntil = :until"
                + " where l.jobName = :job and l.holder = :holder")
                .setParameter("until", until)
                .setParameter("job", jobName)
                .setParameter("holder", holder)) == 1;
    }

    @Override
    public void release(String jobName, String holder) {
        rowsChanged(em.createQuery("update JobLockEntity l set l.holder = null, l.acquiredAt = null"
                + " where l.jobName = :job and l.holder = :holder")
                .setParameter("job", jobName)
                .setParameter("holder", holder));
    }

    /**
     * A shared row lock (PostgreSQL's FOR SHARE): the partitions of one run check their fences side
     * by side, while a taker's update waits for every transaction that checked to end. H2 has no
     * shared row lock, so there it is FOR UPDATE (the checks take turns).
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean holds(String jobName, String holder, Instant now) {
        return !em.createNativeQuery("select job_name from job_locks where job_name = ? and holder = ?"
                + " and locked_until > ?" + (sharedRowLocks() ? " for share" : " for update"))
                .setParameter(1, jobName)
                .setParameter(2, holder)
                .setParameter(3, InstantAsUtcTimestamp.column(now))
                .getResultList()
                .isEmpty();
    }

    private boolean sharedRowLocks() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = PortalDatabase.isPostgresql(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
            postgres = known;
        }
        return known;
    }

    @Override
    public Optional<JobLock> find(String jobName) {
        return Optional.ofNullable(em.find(JobLockEntity.class, jobName)).map(JobLockEntity::toDomain);
    }

    @Override
    public boolean claimPeriod(String jobName, Instant periodStart) {
        ensureRow(jobName);
        return rowsChanged(em.createQuery("update JobLockEntity l set l.scheduledPeriod = :period where l.jobName = :job"
                + " and (l.scheduledPeriod is null or l.scheduledPeriod < :period)")
                .setParameter("period", periodStart)
                .setParameter("job", jobName)) == 1;
    }

    private void ensureRow(String jobName) {
        rowsChanged(em.createNativeQuery("insert into job_locks (job_name, locked_until)"
                + " select ?, ? where not exists (select 1 from job_locks where job_name = ?)")
                .setParameter(1, jobName)
                .setParameter(2, Timestamp.valueOf("1970-01-01 00:00:00"))
                .setParameter(3, jobName));
    }
}
