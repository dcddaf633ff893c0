package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.PortalAccount;

/**
 * The e-mails of the account life cycle. Implementations queue them in the outbox, inside the
 * caller's transaction, so an e-mail exists exactly when the change that caused it does.
 */
public interface AccountMail {

    void activationLink(PortalAccount account, SecretToken token, Instant expiresAt);

    void passwordResetLink(PortalAccount account, SecretToken token, Instant expiresAt);
}
