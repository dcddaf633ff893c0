package org.memberportal.application.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How the account life cycle is run here: whether staff requests are approved at once, and how
 * long activation and reset links stay valid.
 */
public record AccountSettings(boolean autoApproveRequests, Duration activationLinkValidity,
        Duration resetLinkValidity) {

    public AccountSettings {
        Objects.requireNonNull(activationLinkValidity);
        Objects.requireNonNull(resetLinkValidity);
    }
}
