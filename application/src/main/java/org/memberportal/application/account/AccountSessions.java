package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.domain.account.AccountId;

/** What the account life cycle needs of sessions: a deactivated account's, or a reset password's, end at once. */
public interface AccountSessions {

    void revokeAllOf(AccountId accountId, Instant now);
}
