package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.PortalAccount;

/** Issues an account's activation link and e-mails it; a new link replaces the older ones, but one asked for again. */
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
        tokens.revokeAll(account.id(), AccountTokens.Purpose.ACTIVATION, clock.instant());
        sendAnother(account);
    }

    /**
     * A new link beside the ones already sent: asked for by anyone who knows the address ("forgot
     * password"), it must not spoil the link the person is about to open.
     */
    void sendAnother(PortalAccount account) {
        Instant now = clock.instant();
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(settings.activationLinkValidity());
        tokens.issue(token.hash(), account.id(), AccountTokens.Purpose.ACTIVATION, expiresAt);
        mail.activationLink(account, token, expiresAt);
    }
}
