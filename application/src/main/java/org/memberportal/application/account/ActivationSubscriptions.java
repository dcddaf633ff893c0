package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.domain.account.PortalAccount;

/** RULES.md: an account that becomes active is subscribed to each audience its level is eligible for. */
public interface ActivationSubscriptions {

    void subscribeOnActivation(PortalAccount account, Instant now);
}
