package org.memberportal.application.account;

import java.time.Duration;

/**
 * How many "forgot password" requests are acted on per address and per client within a window;
 * the rest are answered the same and dropped, so nobody can flood a mailbox from the form.
 */
public record ResetRequestPolicy(int perAddress, int perClient, Duration window) {

    public ResetRequestPolicy {
        if (perAddress < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("password-reset requests need positive limits");
        }
    }

    /** The portal's defaults (portal.password-reset.*). */
    public static ResetRequestPolicy standard() {
        return new ResetRequestPolicy(3, 20, Duration.ofHours(1));
    }
}
