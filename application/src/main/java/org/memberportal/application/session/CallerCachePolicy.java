package org.memberportal.application.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How many callers an instance keeps in memory ({@code size}; 0 keeps none), and the longest it
 * keeps one ({@code timeToLive}), however little it changes: a bound on a change that reached the
 * database without telling of it.
 */
public record CallerCachePolicy(int size, Duration timeToLive) {

    public CallerCachePolicy {
        Objects.requireNonNull(timeToLive);
        if (size < 0 || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a cache holds none or some callers, each for a while");
        }
    }
}
