package org.memberportal.application.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failures counted for one key (an account, an account from one client, a client) since the
 * window began, and until when the key must wait before it may try again.
 */
public record AttemptCount(String key, int failures, Instant lastFailureAt, Instant blockedUntil) {

    public AttemptCount {
        Objects.requireNonNull(key);
    }

    public static AttemptCount none(String key) {
        return new AttemptCount(key, 0, null, null);
    }

    /** The failures that still count at {@code now}: none once the last one is a window old. */
    public int failuresAt(Instant now, Duration window) {
        return lastFailureAt != null && lastFailureAt.isAfter(now.minus(window)) ? failures : 0;
    }

    /** How long the key must still wait at {@code now}; zero when it may try. */
    public Duration waitAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    /** One failure more at {@code now}, after which the key waits {@code delay}. */
    public AttemptCount failedAt(Instant now, Duration window, Duration delay) {
        return new AttemptCount(key, failuresAt(now, window) + 1, now, delay.isZero() ? null : now.plus(delay));
    }
}
