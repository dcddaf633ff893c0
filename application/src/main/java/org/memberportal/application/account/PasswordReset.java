package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/** A new password through the e-mailed reset link; every session of the account ends. */
@ApplicationScoped
@Transactional
public class PasswordReset implements ResetPasswordUseCase {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    protected PasswordReset() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordReset(Accounts accounts, AccountTokens tokens, PasswordHasher hasher, AccountSessions sessions,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void resetPassword(String token, char[] password) {
        PasswordPolicy.check(password);
        Instant now = clock.instant();
        PortalAccount account = EmailedLinks.redeem(tokens, accounts, token, AccountTokens.Purpose.PASSWORD_RESET,
                AccountStatus.ACTIVE, now);
        LifeCycleRefusals.step(() -> account.changePassword(hasher.hash(password)));
        accounts.update(account);
        sessions.revokeAllOf(account.id(), now);
        audit.record(AuditEvent.of(EmailedLinks.follower(account), "PASSWORD_RESET", account.companyId(),
                account.id().value(), null, now));
    }
}
