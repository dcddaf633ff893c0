package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.PortalAccount;

/** A member's new password, given with the current one in a recently used session. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class) // a wrong current password still records the failure
public class PasswordChange implements ChangePasswordUseCase {

    private final Accounts accounts;
    private final Sessions sessions;
    private final Passwords passwords;
    private final SignInAttempts attempts;
    private final SessionPolicy policy;
    private final Clock clock;

    protected PasswordChange() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordChange(Accounts accounts, Sessions sessions, Passwords passwords, SignInAttempts attempts,
            SessionPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.attempts = attempts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Instant now = clock.instant();
        String tokenHash = SecretToken.hashOf(command.token());
        Session session = sessions.findLive(tokenHash, now).filter(s -> policy.usedRecently(s, now))
                .orElseThrow(SignIn::refused);
        if (session.accountId() == null) {
            // an agent's password is set at bootstrap or through an invitation, not here
            throw new Refusal(Refusal.Kind.NOT_PERMITTED, null, "An agent's password is not changed here.");
        }
        PortalAccount account = accounts.find(session.accountId()).filter(PortalAccount::mayLogIn)
                .orElseThrow(SignIn::refused);
        LoginThrottle.Attempt attempt = attempts.admit(account.email(), command.clientAddress(), now);
        SignInAudit.Holder holder = SignInAudit.Holder.of(account);
        if (!passwords.matches(command.currentPassword(), account.passwordHash())) {
            attempts.failed(attempt, holder, "wrong current password at a password change", command.clientAddress(),
                    now);
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "The current password is wrong.");
        }
        PasswordPolicy.check(command.newPassword());
        LifeCycleRefusals.step(() -> account.changePassword(passwords.hash(command.newPassword())));
        accounts.update(account);
        sessions.revokeOthersOf(tokenHash, now);
        attempts.passwordChanged(attempt, holder, command.clientAddress(), now);
    }
}
