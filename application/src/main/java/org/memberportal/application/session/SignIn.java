package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/**
 * Logging in: a password, a second factor where one is on, and a new session. The attempt is
 * admitted and its holder read in one transaction, the password checked outside any (the hash is
 * the slow part), and the outcome recorded in a second one, against the holder as it is then.
 */
@ApplicationScoped
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
    private final InTransaction transaction;
    private final Clock clock;

    protected SignIn() {
        this(null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SignIn(Accounts accounts, SupportAgents agents, Passwords passwords, CallerProfiles profiles,
            SignInAttempts attempts, SecondFactorCheck secondFactor, Sessions sessions, SessionPolicy policy,
            InTransaction transaction, Clock clock) {
        this.accounts = accounts;
        this.agents = agents;
        this.passwords = passwords;
        this.profiles = profiles;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.policy = policy;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public IssuedSession logIn(LogInCommand command) {
        Instant now = clock.instant();
        Candidate candidate = transaction.call(() -> admit(command, now));
        boolean matches = passwords.matches(command.password(), candidate.passwordHash());
        Optional<String> rehashed = matches ? passwords.rehashedIfOld(candidate.passwordHash().get(), command.password())
                : Optional.empty();
        return transaction.call(() -> complete(candidate, matches, rehashed, command, now));
    }

    /** Who the address names, as the attempt is admitted; the password's check comes after. */
    private record Candidate(LoginThrottle.Attempt attempt, Optional<EmailAddress> email, boolean isAccount,
            Optional<String> passwordHash) {
    }

    private Candidate admit(LogInCommand command, Instant now) {
        Optional<EmailAddress> email = EmailAddress.isValid(command.email())
                ? Optional.of(EmailAddress.of(command.email()))
                : Optional.empty();
        LoginThrottle.Attempt attempt = attempts.admit(email.orElse(null), command.clientAddress(),
                command.deviceToken(), now);
        Optional<PortalAccount> account = email.flatMap(accounts::findByEmail);
        if (account.isPresent()) {
            return new Candidate(attempt, email, true, account.get().passwordHash());
        }
        return new Candidate(attempt, email, false, email.flatMap(agents::findByEmail).map(SupportAgent::passwordHash));
    }

    private IssuedSession complete(Candidate candidate, boolean matches, Optional<String> rehashed,
            LogInCommand command, Instant now) {
        Optional<PortalAccount> account = candidate.isAccount()
                ? candidate.email().flatMap(accounts::findByEmail) : Optional.empty();
        Optional<SupportAgent> agent = candidate.isAccount()
                ? Optional.empty() : candidate.email().flatMap(agents::findByEmail);
        SignInAudit.Holder holder = account.map(SignInAudit.Holder::of)
                .or(() -> agent.map(SignInAudit.Holder::of))
                .orElse(SignInAudit.Holder.NOBODY);
        // a password changed since the check was made against the old hash: as good as wrong
        boolean stillMatches = matches && candidate.passwordHash().equals(
                account.map(PortalAccount::passwordHash).orElseGet(() -> agent.map(SupportAgent::passwordHash)));
        Optional<IssuedSession> session;
        try {
            session = !stillMatches ? Optional.empty()
                    : account.isPresent() ? logInAccount(account.get(), rehashed, command, now)
                    : logInAgent(agent.get(), rehashed, command, now);
        } catch (SecondFactorCheck.CodeNeeded asked) {
            throw asked; // the right password, and no code yet: not a failure
        } catch (Refusal wrongCode) {
            attempts.failed(candidate.attempt(), holder, "wrong second-factor code", command.clientAddress(), now);
            throw wrongCode;
        }
        if (session.isEmpty()) {
            attempts.failed(candidate.attempt(), holder, "wrong password or an account that may not sign in",
                    command.clientAddress(), now);
            throw refused();
        }
        Optional<String> deviceToken = attempts.signedIn(candidate.attempt(), holder, command.clientAddress(), now);
        return session.get().withDeviceToken(deviceToken.orElse(null));
    }

    /** Empty for an account that may not sign in; refused for a wrong or missing code of the second factor. */
    private Optional<IssuedSession> logInAccount(PortalAccount account, Optional<String> rehashed,
            LogInCommand command, Instant now) {
        if (!account.mayLogIn()) {
            return Optional.empty();
        }
        secondFactor.verify(SignInAudit.Holder.of(account).caller(), command.code(), command.recoveryCode(), now);
        rehashed.ifPresent(hash -> passwords.upgradeOf(account, hash));
        return Optional.of(open(token -> Session.ofAccount(token, account.id(), now(), expiry()),
                profiles.of(account)));
    }

    private Optional<IssuedSession> logInAgent(SupportAgent agent, Optional<String> rehashed, LogInCommand command,
            Instant now) {
        if (!agent.mayLogIn()) {
            return Optional.empty();
        }
        secondFactor.verify(SignInAudit.Holder.of(agent).caller(), command.code(), command.recoveryCode(), now);
        rehashed.ifPresent(hash -> passwords.upgradeOf(agent, hash));
        return Optional.of(open(token -> Session.ofAgent(token, agent.id(), now(), expiry()), profiles.of(agent)));
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
