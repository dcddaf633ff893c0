package org.memberportal.application.session;

import java.time.Duration;

/**
 * How failed logins slow further ones. One account from one client: a few failures are free, then
 * each one makes that pair wait, twice as long each time up to {@code longestDelay}; a stranger
 * guessing from elsewhere slows down only themselves. One account overall: at most
 * {@code failuresPerAccount} within the window, a cap well above what one client can reach with
 * the delays, against guesses spread over many clients. One client: {@code failuresPerClient}
 * within the window, over any accounts. Failures are forgotten a window after the last one.
 *
 * <p>A client that signed in to the account before shows its device token (good for
 * {@code deviceTokenValidity}): it meets neither the account's cap nor its client's, only its own
 * delays and at most {@code failuresPerDevice} failures within the window, after which the token
 * counts for nothing and the client is a stranger again.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration longestDelay, int failuresPerAccount,
        int failuresPerClient, Duration window, int failuresPerDevice, Duration deviceTokenValidity) {

    public ThrottlePolicy {
        if (freeFailures < 0 || failuresPerAccount < 1 || failuresPerClient < 1 || failuresPerDevice < 1
                || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0 || window.isNegative()
                || window.isZero() || deviceTokenValidity.isNegative() || deviceTokenValidity.isZero()) {
            throw new IllegalArgumentException("a login throttle needs positive limits and delays");
        }
    }

    /**
     * ASVS 2.2.1 asks for well under 100 failures an hour on one account: the cap is 100 an hour
     * over every client, while one client gets 5 free tries and then waits 1 s, 2 s, 4 s... up to
     * 15 minutes (about 17 failures in its first hour); a known device 10 failures an hour, and its token
     * holds 90 days. The portal's defaults (portal.login.*) are these.
     */
    public static ThrottlePolicy standard() {
        return new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, 50, Duration.ofHours(1), 10,
                Duration.ofDays(90));
    }

    /** The wait after the {@code failures}-th failure of one account from one client. */
    public Duration delayAfter(int failures) {
        int delayed = failures - freeFailures;
        if (delayed <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int i = 1; i < delayed && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
