package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/** A member's or an agent's new password, given with the current one in a recently used session. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class) // a wrong current password still records the failure
public class PasswordChange implements ChangePasswordUseCase {

    private final Accounts accounts;
    private final SupportAgents agents;
    private final Sessions sessions;
    private final Passwords passwords;
    private final SignInAttempts attempts;
    private final SessionPolicy policy;
    private final Event<CredentialsChanged> changed;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    protected PasswordChange() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordChange(Accounts accounts, SupportAgents agents, Sessions sessions, Passwords passwords,
            SignInAttempts attempts, SessionPolicy policy, Event<CredentialsChanged> changed,
            PasswordPolicy passwordPolicy, Clock clock) {
        this.accounts = accounts;
        this.agents = agents;
        this.sessions = sessions;
        this.passwords = passwords;
        this.attempts = attempts;
        this.policy = policy;
        this.changed = changed;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Instant now = clock.instant();
        String tokenHash = SecretToken.hashOf(command.token());
        Session session = sessions.findLive(tokenHash, now).filter(s -> policy.usedRecently(s, now))
                .orElseThrow(SignIn::refused);
        if (session.accountId() == null) {
            SupportAgent agent = agents.find(session.agentId()).filter(SupportAgent::mayLogIn)
                    .orElseThrow(SignIn::refused);
            SignInAudit.Holder holder = SignInAudit.Holder.of(agent);
            LoginThrottle.Attempt attempt = checked(command, agent.email(), agent.passwordHash(), holder, now);
            agents.update(agent.withPasswordChosen(passwords.hash(command.newPassword())));
            changed(command, tokenHash, attempt, holder, agent.email(), agent.fullName(), now);
            return;
        }
        PortalAccount account = accounts.find(session.accountId()).filter(PortalAccount::mayLogIn)
                .orElseThrow(SignIn::refused);
        SignInAudit.Holder holder = SignInAudit.Holder.of(account);
        LoginThrottle.Attempt attempt = checked(command, account.email(), account.passwordHash().orElse(null), holder,
                now);
        LifeCycleRefusals.step(() -> account.changePassword(passwords.hash(command.newPassword())));
        accounts.update(account);
        changed(command, tokenHash, attempt, holder, account.email(), account.fullName(), now);
    }

    /** The throttled attempt, once the current password is right and the new one follows the policy. */
    private LoginThrottle.Attempt checked(ChangePasswordCommand command, EmailAddress email, String currentHash,
            SignInAudit.Holder holder, Instant now) {
        LoginThrottle.Attempt attempt = attempts.admit(email, command.clientAddress(), now);
        if (!passwords.matches(command.currentPassword(), Optional.ofNullable(currentHash))) {
            attempts.failed(attempt, holder, "wrong current password at a password change", command.clientAddress(),
                    now);
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "The current password is wrong.");
        }
        passwordPolicy.check(command.newPassword());
        return attempt;
    }

    private void changed(ChangePasswordCommand command, String tokenHash, LoginThrottle.Attempt attempt,
            SignInAudit.Holder holder, EmailAddress email, String fullName, Instant now) {
        sessions.revokeOthersOf(tokenHash, now);
        attempts.passwordChanged(attempt, holder, command.clientAddress(), now);
        changed.fire(new CredentialsChanged(email, fullName, CredentialsChanged.Change.PASSWORD_CHANGED));
    }
}
