package org.memberportal.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.jobs.JobLocks;
import org.memberportal.application.jobs.JobLocksContract;
import org.memberportal.persistence.testing.TestDatabase;

/** The contract of job locks on each database the portal runs on, and what only a database does. */
abstract class JpaJobLocksContract extends JobLocksContract {

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<JobLocks, T> work) {
        return database().inTransaction(JpaJobLocksContract::locks, work);
    }

    @BeforeEach
    void freeLocks() {
        database().inTransaction(em -> em.createQuery("update JobLockEntity l set l.holder = null").executeUpdate());
    }

    @Test
    void theMigrationMadeTheKnownJobsRowsFree() {
        assertThat(lockOf("audience-sync")).hasValueSatisfying(lock -> assertThat(lock.isHeldAt(T0)).isFalse());
    }

    @Test
    void aFencedWriteCommitsBeforeATakerCanTakeTheLockOver() throws Exception {
        assertThat(did(l -> l.acquire("coverage-audit", "run a", T0, T0.plus(LEASE)))).isTrue();
        ExecutorService taker = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> takenOver = database().inTransaction(em -> {
                assertThat(locks(em).holds("coverage-audit", "run a", T0.plusSeconds(1))).isTrue();
                // a taker coming while run a's fenced write is open waits for its commit, then wins
                return taker.submit(() -> inTransaction(l -> l.acquire("coverage-audit", "run b", T0.plus(LEASE),
                        T0.plus(LEASE.multipliedBy(2)))));
            });
            assertThat(takenOver.get()).isTrue();
            assertThat(did(l -> l.holds("coverage-audit", "run a", T0.plusSeconds(2)))).isFalse();
        } finally {
            taker.shutdownNow();
        }
    }

    private static JpaJobLocks locks(EntityManager em) {
        JpaJobLocks locks = new JpaJobLocks();
        locks.em = em;
        return locks;
    }
}
