package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.PortalAccount;

/** Issues an account's activation link and e-mails it; a new link replaces the older ones. */
@ApplicationScoped
public class ActivationLinks {

    private final AccountTokens tokens;
    private final AccountMail mail;
    private final AccountSettings settings;
    private final Clock clock;

    protected ActivationLinks() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ActivationLinks(AccountTokens tokens, AccountMail mail, AccountSettings settings, Clock clock) {
        this.tokens = tokens;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    void send(PortalAccount account) {
        Instant now = clock.instant();
        tokens.revokeAll(account.id(), AccountTokens.Purpose.ACTIVATION, now);
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(settings.activationLinkValidity());
        tokens.issue(token.hash(), account.id(), AccountTokens.Purpose.ACTIVATION, expiresAt);
        mail.activationLink(account, token, expiresAt);
    }
}
