package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/** A new password through the e-mailed reset link (a member's or an agent's); every session of the person ends. */
@ApplicationScoped
@Transactional
public class PasswordReset implements ResetPasswordUseCase {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final ForgottenAgentPasswords agents;
    private final Event<CredentialsChanged> changed;
    private final PasswordPolicy policy;
    private final Clock clock;

    protected PasswordReset() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordReset(Accounts accounts, AccountTokens tokens, PasswordHasher hasher, AccountSessions sessions,
            AuditTrail audit, ForgottenAgentPasswords agents, Event<CredentialsChanged> changed, PasswordPolicy policy,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.agents = agents;
        this.changed = changed;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void resetPassword(String token, char[] password) {
        policy.check(password);
        if (agents.reset(token, password)) {
            return;
        }
        Instant now = clock.instant();
        PortalAccount account = EmailedLinks.redeem(tokens, accounts, token, AccountTokens.Purpose.PASSWORD_RESET,
                AccountStatus.ACTIVE, now);
        LifeCycleRefusals.step(() -> account.changePassword(hasher.hash(password)));
        accounts.update(account);
        sessions.revokeAllOf(account.id(), now);
        audit.record(AuditEvent.of(EmailedLinks.follower(account), "PASSWORD_RESET", account.companyId(),
                account.id().value(), null, now));
        changed.fire(new CredentialsChanged(account.email(), account.fullName(), CredentialsChanged.Change.PASSWORD_RESET));
    }
}
