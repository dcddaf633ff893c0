package org.memberportal.application.identity;

import java.time.Duration;
import java.util.Objects;

/** How long a session lasts after login. */
public record SessionPolicy(Duration timeToLive) {
    public SessionPolicy {
        Objects.requireNonNull(timeToLive);
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a session must last a while");
        }
    }
}
