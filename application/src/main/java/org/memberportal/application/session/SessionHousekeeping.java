package org.memberportal.application.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.throttle.TrustedDevices;

/**
 * Keeps the session and login-failure tables from growing without end. Ended sessions are kept a
 * day longer, so a support agent can still see that a token existed; login counters only as long as
 * throttling counts them (password-reset requests count within a shorter window), device tokens
 * until they expire.
 */
@ApplicationScoped
@Transactional
public class SessionHousekeeping implements PurgeEndedSessionsUseCase {

    static final Duration ENDED_SESSIONS_KEPT = Duration.ofDays(1);

    /** Longer than any window a counter counts in (logins, password-reset requests). */
    static final Duration COUNTERS_KEPT = Duration.ofDays(1);

    private final Sessions sessions;
    private final AttemptCounters attempts;
    private final TrustedDevices devices;
    private final ThrottlePolicy throttle;
    private final Clock clock;

    protected SessionHousekeeping() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SessionHousekeeping(Sessions sessions, AttemptCounters attempts, TrustedDevices devices,
            ThrottlePolicy throttle, Clock clock) {
        this.sessions = sessions;
        this.attempts = attempts;
        this.devices = devices;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        Duration countersKept = throttle.window().compareTo(COUNTERS_KEPT) > 0 ? throttle.window() : COUNTERS_KEPT;
        return sessions.purgeEndedBefore(now.minus(ENDED_SESSIONS_KEPT)) + attempts.purgeBefore(now.minus(countersKept))
                + devices.purgeExpired(now);
    }
}
