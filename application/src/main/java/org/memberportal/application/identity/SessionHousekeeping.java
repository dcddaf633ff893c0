package org.memberportal.application.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keeps the session and login-failure tables from growing without end. Ended sessions are kept a
 * day longer, so a support agent can still see that a token existed; failures only as long as
 * throttling counts them.
 */
@ApplicationScoped
@Transactional
public class SessionHousekeeping implements PurgeEndedSessionsUseCase {

    static final Duration ENDED_SESSIONS_KEPT = Duration.ofDays(1);

    private final Sessions sessions;
    private final LoginAttempts attempts;
    private final ThrottlePolicy throttle;
    private final Clock clock;

    protected SessionHousekeeping() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SessionHousekeeping(Sessions sessions, LoginAttempts attempts, ThrottlePolicy throttle, Clock clock) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        return sessions.purgeEndedBefore(now.minus(ENDED_SESSIONS_KEPT)) + attempts.purgeBefore(now.minus(throttle.window()));
    }
}
