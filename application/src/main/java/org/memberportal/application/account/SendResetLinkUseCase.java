package org.memberportal.application.account;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.identity.Caller;

/** An agent sends a member the link that fits their account, as "forgot password" would, at the member's request. */
public interface SendResetLinkUseCase {

    /**
     * An active account gets a reset link, one pending activation another activation link; no
     * budget applies, as an agent acts on a request made to them. A deactivated account is 409.
     */
    void sendResetLink(Caller agent, AccountId person);
}
