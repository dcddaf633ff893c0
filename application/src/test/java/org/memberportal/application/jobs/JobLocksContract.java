package org.memberportal.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * What every store of job locks promises, the JPA one on each database and the application's fake
 * alike.
 */
public abstract class JobLocksContract {

    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(10);

    /**
     * Runs {@code work} in a transaction of its own, as another portal instance would; transactions
     * may run at once on several threads.
     */
    protected abstract <T> T inTransaction(Function<JobLocks, T> work);

    @Test
    void oneHolderAtATimeUntilReleasedOrTheLeaseRunsOut() {
        assertThat(did(l -> l.acquire("audience-sync", "a", T0, T0.plus(LEASE)))).isTrue();
        assertThat(did(l -> l.acquire("audience-sync", "b", T0.plusSeconds(1), T0.plus(LEASE)))).isFalse();
        assertThat(did(l -> l.renew("audience-sync", "b", T0, T0.plus(LEASE)))).isFalse();
        assertThat(did(l -> l.renew("audience-sync", "a", T0, T0.plus(LEASE.multipliedBy(2))))).isTrue();
        assertThat(did(l -> l.acquire("audience-sync", "b", T0.plus(LEASE), T0.plus(LEASE.multipliedBy(3)))))
                .as("renewed: still held").isFalse();

        assertThat(did(l -> l.acquire("audience-sync", "b", T0.plus(LEASE.multipliedBy(2)),
                T0.plus(LEASE.multipliedBy(3))))).as("the lease ran out").isTrue();
        inTransaction(l -> {
            l.release("audience-sync", "a");
            return null;
        });
        assertThat(lockOf("audience-sync").orElseThrow().holder()).isEqualTo("b");
        inTransaction(l -> {
            l.release("audience-sync", "b");
            return null;
        });
        assertThat(did(l -> l.acquire("audience-sync", "c", T0, T0.plus(LEASE)))).isTrue();
    }

    @Test
    void aPeriodOfTheScheduleIsClaimedOnceAndNeverAfterALaterOne() {
        Instant period = Instant.parse("2100-01-01T10:00:00Z"); // past any period another test claimed
        assertThat(did(l -> l.claimPeriod("coverage-audit", period))).isTrue();
        assertThat(did(l -> l.claimPeriod("coverage-audit", period))).as("the other instance, same period").isFalse();
        assertThat(did(l -> l.claimPeriod("coverage-audit", period.plus(LEASE)))).isTrue();
        assertThat(did(l -> l.claimPeriod("coverage-audit", period))).as("a lagging clock's period").isFalse();
        assertThat(did(l -> l.claimPeriod("a-new-job", period))).as("a job without a row yet").isTrue();
    }

    @Test
    void aRunWhoseLeaseWasTakenOverCanNoLongerWrite() {
        assertThat(did(l -> l.acquire("audience-sync", "run a", T0, T0.plus(LEASE)))).isTrue();
        assertThat(did(l -> l.holds("audience-sync", "run a", T0.plusSeconds(1)))).isTrue();
        assertThat(did(l -> l.holds("audience-sync", "run a", T0.plus(LEASE)))).as("its lease ran out").isFalse();

        assertThat(did(l -> l.acquire("audience-sync", "run b", T0.plus(LEASE), T0.plus(LEASE.multipliedBy(2)))))
                .isTrue();

        assertThat(did(l -> l.holds("audience-sync", "run a", T0.plusSeconds(2))))
                .as("taken over: whatever its clock says, run a's write is refused").isFalse();
        assertThat(did(l -> l.holds("audience-sync", "run b", T0.plus(LEASE).plusSeconds(1)))).isTrue();
        assertThat(did(l -> l.renew("audience-sync", "run a", T0.plusSeconds(2), T0.plus(LEASE)))).isFalse();
    }

    @Test
    void aJobWithoutARowGetsOneOnFirstUse() {
        String job = "job-" + System.nanoTime();

        assertThat(did(l -> l.acquire(job, "a", T0, T0.plus(LEASE)))).isTrue();
        assertThat(did(l -> l.acquire(job, "b", T0, T0.plus(LEASE)))).isFalse();
    }

    @Test
    void ofManyInstancesRacingExactlyOneTakesTheLock() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String holder = "instance-" + i;
                attempts.add(instances.submit(() -> inTransaction(l -> l.acquire("coverage-audit", holder, T0,
                        T0.plus(LEASE)))));
            }
            int winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
    }

    protected final boolean did(Function<JobLocks, Boolean> call) {
        return inTransaction(call);
    }

    protected final Optional<JobLock> lockOf(String job) {
        return inTransaction(l -> l.find(job));
    }
}
