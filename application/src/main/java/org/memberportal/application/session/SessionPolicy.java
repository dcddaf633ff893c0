package org.memberportal.application.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a session lasts after login ({@code timeToLive}), and how long it may go unused
 * ({@code idleTimeout}) before it ends all the same.
 */
public record SessionPolicy(Duration timeToLive, Duration idleTimeout) {

    /** The most a session's last use is behind: it is written at most this often, not on every request. */
    static final Duration LONGEST_TOUCH_INTERVAL = Duration.ofMinutes(1);

    public SessionPolicy {
        Objects.requireNonNull(timeToLive);
        Objects.requireNonNull(idleTimeout);
        if (timeToLive.isNegative() || timeToLive.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("a session must last a while");
        }
    }

    /** A session unused for longer than the idle timeout is over. */
    boolean usedRecently(Session session, Instant now) {
        return session.lastUsedAt().isAfter(now.minus(idleTimeout));
    }

    /** How old a session's recorded last use may get before a request writes it anew. */
    public Duration touchInterval() {
        Duration half = idleTimeout.dividedBy(2);
        return half.compareTo(LONGEST_TOUCH_INTERVAL) < 0 ? half : LONGEST_TOUCH_INTERVAL;
    }
}
