package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;

/** Passwords through e-mailed links: activation, and "forgot password" (account life cycle 3 and 4). */
@ApplicationScoped
@Transactional
public class Credentials implements ActivateAccountUseCase, ResetPasswordUseCase {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final ActivationLinks activationLinks;
    private final AccountMail mail;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final StaffWatch watch;
    private final AccountSettings settings;
    private final ActivationSubscriptions subscriptions;
    private final Clock clock;
    private final AcceptAgentInvitationUseCase agentInvitations;
    private final ResetRequestThrottle resetRequests;

    protected Credentials() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public Credentials(Accounts accounts, AccountTokens tokens, ActivationLinks activationLinks, AccountMail mail,
            PasswordHasher hasher, AccountSessions sessions, AuditTrail audit, StaffWatch watch, AccountSettings settings,
            ActivationSubscriptions subscriptions, Clock clock, AcceptAgentInvitationUseCase agentInvitations,
            ResetRequestThrottle resetRequests) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.activationLinks = activationLinks;
        this.mail = mail;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.watch = watch;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.agentInvitations = agentInvitations;
        this.resetRequests = resetRequests;
    }

    @Override
    public void activate(String token, char[] password) {
        // The password is checked first, so a weak one does not use the link up.
        PasswordPolicy.check(password);
        // an invited agent's link is the same kind of link, to the same page
        if (agentInvitations.accept(token, password)) {
            return;
        }
        PortalAccount account = redeem(token, AccountTokens.Purpose.ACTIVATION, AccountStatus.PENDING_ACTIVATION);
        LifeCycleRefusals.step(() -> account.activate(hasher.hash(password)));
        accounts.update(account);
        // docs/rules.md: an active account is subscribed to each audience its level is eligible for
        subscriptions.subscribeOnActivation(account, now());
        watch.reconcile(account.companyId());
        // one person, one password: the person's other memberships waiting for it start too
        for (PortalAccount other : accounts.membershipsOf(account.id())) {
            if (!other.companyId().equals(account.companyId()) && other.status() == AccountStatus.PENDING_ACTIVATION) {
                other.activatedElsewhere(account.passwordHash().orElseThrow());
                accounts.update(other);
                subscriptions.subscribeOnJoining(other, List.of(account), now());
                watch.reconcile(other.companyId());
            }
        }
        audit.record(AuditEvent.of(self(account), "ACCOUNT_ACTIVATED", account.companyId(), account.id().value(),
                null, now()));
    }

    @Override
    public void forgotPassword(String email, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        EmailAddress address = EmailAddress.of(email);
        if (!resetRequests.admit(address, clientAddress, now())) {
            return;
        }
        accounts.findByEmail(address).ifPresent(account -> {
            switch (account.forgotPassword()) {
                case RESET_LINK -> sendResetLink(account);
                case ACTIVATION_LINK_AGAIN -> {
                    activationLinks.sendAnother(account);
                    audit.record(AuditEvent.of(null, "ACTIVATION_LINK_RESENT", account.companyId(),
                            account.id().value(), null, now()));
                }
                case NOTHING -> {
                    // the caller is told the same as for any other address
                }
            }
        });
    }

    private void sendResetLink(PortalAccount account) {
        Instant now = now();
        tokens.revokeAll(account.id(), AccountTokens.Purpose.PASSWORD_RESET, now);
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(settings.resetLinkValidity());
        tokens.issue(token.hash(), account.id(), AccountTokens.Purpose.PASSWORD_RESET, expiresAt);
        mail.passwordResetLink(account, token, expiresAt);
        audit.record(AuditEvent.of(null, "PASSWORD_RESET_REQUESTED", account.companyId(), account.id().value(), null,
                now));
    }

    @Override
    public void resetPassword(String token, char[] password) {
        PasswordPolicy.check(password);
        PortalAccount account = redeem(token, AccountTokens.Purpose.PASSWORD_RESET, AccountStatus.ACTIVE);
        LifeCycleRefusals.step(() -> account.changePassword(hasher.hash(password)));
        accounts.update(account);
        sessions.revokeAllOf(account.id(), now());
        audit.record(AuditEvent.of(self(account), "PASSWORD_RESET", account.companyId(), account.id().value(), null,
                now()));
    }

    private PortalAccount redeem(String token, AccountTokens.Purpose purpose, AccountStatus expected) {
        AccountId id = tokens.redeem(SecretToken.hashOf(token), purpose, now()).orElseThrow(Credentials::linkGone);
        return accounts.find(id).filter(a -> a.status() == expected).orElseThrow(Credentials::linkGone);
    }

    static Refusal linkGone() {
        return new Refusal(Refusal.Kind.GONE, ProblemCode.LINK_GONE, "This link is unknown, used or expired.");
    }

    private static Caller self(PortalAccount account) {
        return new Caller.Member(account.id(), account.companyId(), account.level());
    }

    private Instant now() {
        return clock.instant();
    }
}
