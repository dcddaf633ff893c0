package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.PortalAccount;

/** "Forgot password": the link that fits the account (or agent), e-mailed, and nothing told to the caller. */
@ApplicationScoped
@Transactional
public class PasswordResetRequests implements ForgotPasswordUseCase, SendResetLinkUseCase {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final ActivationLinks activationLinks;
    private final AccountMail mail;
    private final ResetRequestThrottle resetRequests;
    private final AccountSettings settings;
    private final AuditTrail audit;
    private final ForgottenAgentPasswords agents;
    private final Clock clock;

    protected PasswordResetRequests() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordResetRequests(Accounts accounts, AccountTokens tokens, ActivationLinks activationLinks,
            AccountMail mail, ResetRequestThrottle resetRequests, AccountSettings settings, AuditTrail audit,
            ForgottenAgentPasswords agents, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.activationLinks = activationLinks;
        this.mail = mail;
        this.resetRequests = resetRequests;
        this.settings = settings;
        this.audit = audit;
        this.agents = agents;
        this.clock = clock;
    }

    @Override
    public void forgotPassword(String email, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        EmailAddress address = EmailAddress.of(email);
        // an address nobody has costs reads only: nothing is sent, so no budget is spent and nothing
        // written (the caller was answered 202 before this ran, as for any other address)
        Optional<PortalAccount> account = accounts.findByEmail(address);
        if (account.isEmpty() && !agents.hasActiveAgent(address)) {
            return;
        }
        if (!resetRequests.admit(address, clientAddress, now())) {
            return;
        }
        account.ifPresentOrElse(found -> sendWhatFits(null, found), () -> agents.sendResetLink(address));
    }

    @Override
    public void sendResetLink(Caller agent, AccountId person) {
        Authorization.requireAgent(agent);
        PortalAccount account = accounts.find(person).orElseThrow(() -> Refusal.notFound("the account"));
        if (!sendWhatFits(agent, account)) {
            throw Refusal.conflict(null, "This account is deactivated: no link would let it sign in.");
        }
    }

    /** The link the account's state calls for, sent on behalf of {@code actor} (null: the person); false when none fits. */
    private boolean sendWhatFits(Caller actor, PortalAccount account) {
        switch (account.forgotPassword()) {
            case RESET_LINK -> sendResetLink(actor, account);
            case ACTIVATION_LINK_AGAIN -> {
                activationLinks.sendAnother(account);
                audit.record(AuditEvent.of(actor, "ACTIVATION_LINK_RESENT", account.companyId(),
                        account.id().value(), null, now()));
            }
            case NOTHING -> {
                return false;
            }
        }
        return true;
    }

    private void sendResetLink(Caller actor, PortalAccount account) {
        Instant now = now();
        tokens.revokeAll(account.id(), AccountTokens.Purpose.PASSWORD_RESET, now);
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(settings.resetLinkValidity());
        tokens.issue(token.hash(), account.id(), AccountTokens.Purpose.PASSWORD_RESET, expiresAt);
        mail.passwordResetLink(account, token, expiresAt);
        audit.record(AuditEvent.of(actor, "PASSWORD_RESET_REQUESTED", account.companyId(), account.id().value(), null,
                now));
    }

    private Instant now() {
        return clock.instant();
    }
}
