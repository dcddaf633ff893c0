package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/** Logging in: a password, a second factor where one is on, and a new session. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class) // a refused login still records the failure
public class SignIn implements LogInUseCase {

    static final String REFUSED = "The e-mail address or the password is wrong, or the account is not active.";

    private final Accounts accounts;
    private final SupportAgents agents;
    private final Passwords passwords;
    private final CallerProfiles profiles;
    private final SignInAttempts attempts;
    private final SecondFactorCheck secondFactor;
    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    protected SignIn() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SignIn(Accounts accounts, SupportAgents agents, Passwords passwords, CallerProfiles profiles,
            SignInAttempts attempts, SecondFactorCheck secondFactor, Sessions sessions, SessionPolicy policy,
            Clock clock) {
        this.accounts = accounts;
        this.agents = agents;
        this.passwords = passwords;
        this.profiles = profiles;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public IssuedSession logIn(LogInCommand command) {
        Instant now = clock.instant();
        Optional<EmailAddress> email = EmailAddress.isValid(command.email())
                ? Optional.of(EmailAddress.of(command.email()))
                : Optional.empty();
        LoginThrottle.Attempt attempt = attempts.admit(email.orElse(null), command.clientAddress(),
                command.deviceToken(), now);
        Optional<PortalAccount> account = email.flatMap(accounts::findByEmail);
        Optional<SupportAgent> agent = account.isPresent() ? Optional.empty() : email.flatMap(agents::findByEmail);
        SignInAudit.Holder holder = account.map(SignInAudit.Holder::of)
                .or(() -> agent.map(SignInAudit.Holder::of))
                .orElse(SignInAudit.Holder.NOBODY);
        Optional<IssuedSession> session;
        try {
            session = account.isPresent() ? logInAccount(account.get(), command, now) : logInAgent(agent, command, now);
        } catch (SecondFactorCheck.CodeNeeded asked) {
            throw asked; // the right password, and no code yet: not a failure
        } catch (Refusal wrongCode) {
            attempts.failed(attempt, holder, "wrong second-factor code", command.clientAddress(), now);
            throw wrongCode;
        }
        if (session.isEmpty()) {
            attempts.failed(attempt, holder, "wrong password or an account that may not sign in",
                    command.clientAddress(), now);
            throw refused();
        }
        Optional<String> deviceToken = attempts.signedIn(attempt, holder, command.clientAddress(), now);
        return session.get().withDeviceToken(deviceToken.orElse(null));
    }

    /** Empty for a wrong password; refused for a wrong or missing code of the second factor. */
    private Optional<IssuedSession> logInAccount(PortalAccount account, LogInCommand command, Instant now) {
        if (!passwords.matches(command.password(), account.passwordHash()) || !account.mayLogIn()) {
            return Optional.empty();
        }
        secondFactor.verify(SignInAudit.Holder.of(account).caller(), command.code(), command.recoveryCode(), now);
        passwords.upgradeOf(account, command.password());
        return Optional.of(open(token -> Session.ofAccount(token, account.id(), now(), expiry()),
                profiles.of(account)));
    }

    private Optional<IssuedSession> logInAgent(Optional<SupportAgent> agent, LogInCommand command, Instant now) {
        if (!passwords.matches(command.password(), agent.map(SupportAgent::passwordHash))
                || !agent.get().mayLogIn()) {
            return Optional.empty();
        }
        SupportAgent found = agent.get();
        secondFactor.verify(SignInAudit.Holder.of(found).caller(), command.code(), command.recoveryCode(), now);
        passwords.upgradeOf(found, command.password());
        return Optional.of(open(token -> Session.ofAgent(token, found.id(), now(), expiry()), profiles.of(found)));
    }

    private IssuedSession open(Function<String, Session> sessionForTokenHash, CallerProfile profile) {
        SecretToken token = SecretToken.generate();
        Session session = sessionForTokenHash.apply(token.hash());
        sessions.open(session);
        return new IssuedSession(token, session.expiresAt(), profile);
    }

    static Refusal refused() {
        return new Refusal(Refusal.Kind.UNAUTHENTICATED, null, REFUSED);
    }

    private Instant now() {
        return clock.instant();
    }

    private Instant expiry() {
        return now().plus(policy.timeToLive());
    }
}
