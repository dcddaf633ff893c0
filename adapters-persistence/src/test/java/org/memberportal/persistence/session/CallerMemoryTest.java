package org.memberportal.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.memberportal.application.session.Session;
import org.memberportal.application.session.Sessions.LiveSession;
import org.memberportal.domain.account.AccountId;

/** What the memory answers, by its lease, the generation a read saw and what it was told. */
class CallerMemoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(1);
    private static final AccountId ANNA = new AccountId("anna");
    private static final AccountId BEN = new AccountId("ben");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CallerMemory memory = new CallerMemory(100, Duration.ofSeconds(30), nanos::get);

    @Test
    void answersNothingBeforeItsFirstLease() {
        memory.remember(live("a", ANNA), memory.generation());

        assertThat(recall("a")).isEmpty();
        memory.lease(nanos.get(), LEASE);
        assertThat(recall("a")).as("what was offered without a lease is not kept").isEmpty();
    }

    @Test
    void answersWhatItKeptWhileTheLeaseHoldsAndNothingOnceItLapsed() {
        memory.lease(nanos.get(), LEASE);
        memory.remember(live("a", ANNA), memory.generation());
        assertThat(recall("a")).map(l -> l.session().accountId()).contains(ANNA);

        nanos.addAndGet(LEASE.toNanos());

        assertThat(recall("a")).as("the listener's connection was last proven alive a lease ago").isEmpty();
        memory.lease(nanos.get(), LEASE);
        assertThat(recall("a")).as("notices may have been missed during the lapse: it starts from nothing").isEmpty();
    }

    @Test
    void aReadDuringWhichAChangeWasToldIsNotKept() {
        memory.lease(nanos.get(), LEASE);
        long seen = memory.generation();
        memory.told(CallerMemory.PERSON + "someone else");

        memory.remember(live("a", ANNA), seen);

        assertThat(recall("a")).isEmpty();
    }

    @Test
    void aNoticeForgetsTheSessionOrEverySessionOfThePersonItNames() {
        memory.lease(nanos.get(), LEASE);
        remember(live("a1", ANNA), live("a2", ANNA), live("b", BEN));

        memory.told(CallerMemory.SESSION + "a1");
        assertThat(kept("a1", "a2", "b")).containsExactly("a2", "b");

        memory.told(CallerMemory.PERSON + ANNA.value());
        assertThat(kept("a1", "a2", "b")).containsExactly("b");

        remember(live("a1", ANNA));
        memory.told(CallerMemory.EVERYONE);
        assertThat(kept("a1", "a2", "b")).isEmpty();
    }

    @Test
    void aSessionPastItsExpiryIsNotAnswered() {
        memory.lease(nanos.get(), LEASE);
        LiveSession ending = new LiveSession(Session.ofAccount("e", ANNA, NOW.minusSeconds(60), NOW.plusSeconds(1)),
                List.of());
        memory.remember(ending, memory.generation());

        assertThat(memory.recall("e", NOW)).isPresent();
        assertThat(memory.recall("e", NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aLapseForgetsEverything() {
        memory.lease(nanos.get(), LEASE);
        remember(live("a", ANNA));

        memory.lapse();
        memory.lease(nanos.get(), LEASE);

        assertThat(recall("a")).isEmpty();
    }

    private Optional<LiveSession> recall(String tokenHash) {
        return memory.recall(tokenHash, NOW);
    }

    private void remember(LiveSession... sessions) {
        for (LiveSession live : sessions) {
            memory.remember(live, memory.generation());
        }
    }

    private List<String> kept(String... tokenHashes) {
        return List.of(tokenHashes).stream().filter(hash -> recall(hash).isPresent()).toList();
    }

    private static LiveSession live(String tokenHash, AccountId person) {
        return new LiveSession(Session.ofAccount(tokenHash, person, NOW.minusSeconds(60), NOW.plusSeconds(3600)),
                List.of());
    }
}
