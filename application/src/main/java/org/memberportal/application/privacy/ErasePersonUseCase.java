package org.memberportal.application.privacy;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;

public interface ErasePersonUseCase {

    /**
     * For agents: anonymises the account's person at once and queues their Mailchimp member for
     * permanent deletion by the next sync; {@code last-primary} when the company would be left
     * without an active Primary. Erasing an erased person again changes nothing.
     */
    void erase(Caller caller, AccountId account);
}
