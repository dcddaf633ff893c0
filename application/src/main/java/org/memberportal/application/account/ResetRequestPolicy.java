package org.memberportal.application.account;

import java.time.Duration;

/**
 * How many "forgot password" requests are acted on within a window: per client, per address from
 * one client, and per address from every client together; the rest are answered the same and
 * dropped, so nobody can flood a mailbox from the form. The address's own budget is several
 * clients' worth, so that one client spending its share leaves the owner theirs.
 */
public record ResetRequestPolicy(int perAddress, int perAddressAndClient, int perClient, Duration window) {

    public ResetRequestPolicy {
        if (perAddress < 1 || perAddressAndClient < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("password-reset requests need positive limits");
        }
    }

    /** The portal's defaults (portal.password-reset.*). */
    public static ResetRequestPolicy standard() {
        return new ResetRequestPolicy(10, 3, 20, Duration.ofHours(1));
    }
}
