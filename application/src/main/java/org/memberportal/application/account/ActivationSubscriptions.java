package org.memberportal.application.account;

import java.time.Instant;
import java.util.List;

import org.memberportal.domain.account.PortalAccount;

/** docs/rules.md: an account that becomes active is subscribed to each audience its level is eligible for. */
public interface ActivationSubscriptions {

    void subscribeOnActivation(PortalAccount account, Instant now);

    /**
     * A person who is active already joined another company: the audiences the new membership's
     * level opens to them, and none of their levels did before, are theirs as on activation.
     */
    void subscribeOnJoining(PortalAccount membership, List<PortalAccount> before, Instant now);
}
