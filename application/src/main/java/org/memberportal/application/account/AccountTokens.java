package org.memberportal.application.account;

import java.time.Instant;
import java.util.Optional;

import org.memberportal.domain.account.AccountId;

/** Single-use secrets e-mailed to a person: activation and password-reset links. Only hashes are kept. */
public interface AccountTokens {

    enum Purpose {
        ACTIVATION, PASSWORD_RESET
    }

    void issue(String tokenHash, AccountId account, Purpose purpose, Instant expiresAt);

    /**
     * Uses the token up: answers its account when the token exists for this purpose, is unused
     * and unexpired, and marks it used in the same step, so two concurrent uses cannot both win.
     */
    Optional<AccountId> redeem(String tokenHash, Purpose purpose, Instant now);

    /** Makes every unused token of the account for this purpose useless (a newer one replaces them). */
    void revokeAll(AccountId account, Purpose purpose, Instant now);
}
