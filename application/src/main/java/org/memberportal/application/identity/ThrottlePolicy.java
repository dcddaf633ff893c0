package org.memberportal.application.identity;

import java.time.Duration;

/**
 * How many failed logins are allowed within a sliding window, per account and per client
 * address. A locked-out account frees itself as its oldest failure leaves the window, so a
 * stranger cannot lock a real user out for longer than the window.
 */
public record ThrottlePolicy(int failuresPerAccount, int failuresPerClient, Duration window) {

    /**
     * ASVS 2.2.1 asks for well under 100 failures an hour: this allows 10 per 15 minutes (40 an hour).
     * The portal's defaults (portal.login.*) are these.
     */
    public static ThrottlePolicy standard() {
        return new ThrottlePolicy(10, 50, Duration.ofMinutes(15));
    }
}
