package org.memberportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.application.jobs.JobSettings;

/** A run's lease renewed while it runs; a run that lost its lease is stopped. Ticks are called, not awaited. */
class LeaseKeeperTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedLeases leases = new ScriptedLeases();
    private final List<Long> stopped = new ArrayList<>();
    private final LeaseKeeper keeper = new LeaseKeeper();

    LeaseKeeperTest() {
        keeper.scheduler = timer;
        keeper.leases = leases;
        keeper.stopper = stopped::add;
    }

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aRunIsKeptUntilLetGo() {
        keeper.keep("audience-sync", "execution 3 on a", 3);
        assertThat(keeper.keeps(3)).isTrue();

        keeper.renew("audience-sync", "execution 3 on a", 3);
        assertThat(leases.extended).containsExactly("execution 3 on a");
        assertThat(stopped).isEmpty();

        keeper.letGo(3);
        assertThat(keeper.keeps(3)).isFalse();
    }

    @Test
    void aRenewalRefusedStopsTheRunAndItsRenewals() {
        keeper.keep("audience-sync", "execution 3 on a", 3);
        leases.held = false;

        keeper.renew("audience-sync", "execution 3 on a", 3);

        assertThat(stopped).containsExactly(3L);
        assertThat(keeper.keeps(3)).isFalse();
    }

    @Test
    void aRenewalThatFailsIsTriedAgainAtTheNextTick() {
        keeper.keep("audience-sync", "execution 3 on a", 3);
        leases.failing = true;

        keeper.renew("audience-sync", "execution 3 on a", 3);

        assertThat(stopped).isEmpty();
        assertThat(keeper.keeps(3)).isTrue();
    }

    @Test
    void renewalsComeThreeTimesPerLeaseAndTheLeaseOutlastsTheLongestTransaction() {
        JobSettings settings = new JobSettings(Duration.ofMinutes(10), Duration.ofMinutes(3));
        assertThat(settings.renewEvery()).isEqualTo(Duration.ofSeconds(200));
        assertThatThrownBy(() -> new JobSettings(Duration.ofMinutes(3), Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longest transaction");
    }

    private static final class ScriptedLeases extends JobLeases {
        final List<String> extended = new ArrayList<>();
        boolean held = true;
        boolean failing;

        @Override
        public boolean extend(String jobName, String holder) {
            if (failing) {
                throw new IllegalStateException("the database is away");
            }
            extended.add(holder);
            return held;
        }

        @Override
        public JobSettings settings() {
            return new JobSettings(Duration.ofMinutes(10), Duration.ofMinutes(3));
        }
    }
}
