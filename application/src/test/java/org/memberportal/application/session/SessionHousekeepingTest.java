package org.memberportal.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.testing.InMemoryPorts.InMemorySessions;
import org.memberportal.application.testing.InMemoryTrustedDevices;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.account.AccountId;

class SessionHousekeepingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryAttemptCounters attempts = new InMemoryAttemptCounters();
    private final SessionHousekeeping housekeeping = new SessionHousekeeping(sessions, attempts,
            new InMemoryTrustedDevices(), ThrottlePolicy.standard(), clock);

    @Test
    void forgetsWhatEndedLongAgoAndKeepsTheRest() {
        Instant now = clock.instant();
        sessions.open(Session.ofAccount("expired-long-ago", AccountId.newId(), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2))));
        sessions.open(Session.ofAccount("expired-an-hour-ago", AccountId.newId(), now.minus(Duration.ofHours(9)),
                now.minus(Duration.ofHours(1))));
        sessions.open(Session.ofAccount("live", AccountId.newId(), now, now.plus(Duration.ofHours(8))));
        attempts.save(new AttemptCount("account:old", 3, now.minus(Duration.ofDays(2)), null));
        attempts.save(new AttemptCount("account:recent", 3, now.minus(Duration.ofHours(2)), null));

        assertThat(housekeeping.purge()).isEqualTo(2);
        assertThat(sessions.count()).isEqualTo(2);
        assertThat(attempts.read("account:old").failures()).isZero();
        assertThat(attempts.read("account:recent").failures()).isEqualTo(3);
    }
}
