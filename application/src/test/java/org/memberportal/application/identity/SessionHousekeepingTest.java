package org.memberportal.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.application.testing.InMemoryPorts.InMemoryLoginAttempts;
import org.memberportal.application.testing.InMemoryPorts.InMemorySessions;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.account.AccountId;

class SessionHousekeepingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final SessionHousekeeping housekeeping = new SessionHousekeeping(sessions, attempts,
            new ThrottlePolicy(10, 50, Duration.ofMinutes(15)), clock);

    @Test
    void forgetsWhatEndedLongAgoAndKeepsTheRest() {
        Instant now = clock.instant();
        sessions.open(Session.ofAccount("expired-long-ago", AccountId.newId(), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2))));
        sessions.open(Session.ofAccount("expired-an-hour-ago", AccountId.newId(), now.minus(Duration.ofHours(9)),
                now.minus(Duration.ofHours(1))));
        sessions.open(Session.ofAccount("live", AccountId.newId(), now, now.plus(Duration.ofHours(8))));
        attempts.recordFailure("account:x", now.minus(Duration.ofHours(1)));
        attempts.recordFailure("account:x", now.minus(Duration.ofMinutes(1)));

        assertThat(housekeeping.purge()).isEqualTo(2);
        assertThat(sessions.count()).isEqualTo(2);
        assertThat(attempts.failuresSince("account:x", now.minus(Duration.ofDays(1)))).hasSize(1);
    }
}
