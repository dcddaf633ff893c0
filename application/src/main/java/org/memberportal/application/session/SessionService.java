package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

/** Logging in and out, and recognising the caller behind a session token. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class) // a refused login still records the failure
public class SessionService implements LogInUseCase, LogOutUseCase, IdentifyCallerUseCase, ChangePasswordUseCase {

    static final String REFUSED = "The e-mail address or the password is wrong, or the account is not active.";

    private final Accounts accounts;
    private final SupportAgents agents;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final CallerProfiles profiles;
    private final SessionPolicy policy;
    private final LoginThrottle throttle;
    private final SignInAudit audit;
    private final PasswordUpgrade upgrade;
    private final SecondFactorCheck secondFactor;
    private final Clock clock;
    private volatile String decoyHash;

    protected SessionService() {
        this(null, null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SessionService(Accounts accounts, SupportAgents agents, Sessions sessions, PasswordHasher hasher,
            CallerProfiles profiles, SessionPolicy policy, LoginThrottle throttle, SignInAudit audit,
            PasswordUpgrade upgrade, SecondFactorCheck secondFactor, Clock clock) {
        this.accounts = accounts;
        this.agents = agents;
        this.sessions = sessions;
        this.hasher = hasher;
        this.profiles = profiles;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.upgrade = upgrade;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @Override
    public IssuedSession logIn(LogInCommand command) {
        Instant now = now();
        Optional<EmailAddress> email = EmailAddress.isValid(command.email())
                ? Optional.of(EmailAddress.of(command.email()))
                : Optional.empty();
        LoginThrottle.Attempt attempt = throttle.admit(email.orElse(null), command.clientAddress(), now);
        Optional<PortalAccount> account = email.flatMap(accounts::findByEmail);
        Optional<SupportAgent> agent = account.isPresent() ? Optional.empty() : email.flatMap(agents::findByEmail);
        SignInAudit.Holder holder = account.map(SessionService::holderOf)
                .or(() -> agent.map(SessionService::holderOf))
                .orElse(SignInAudit.Holder.NOBODY);
        Optional<IssuedSession> session;
        try {
            session = account.isPresent() ? logInAccount(account.get(), command, now) : logInAgent(agent, command, now);
        } catch (SecondFactorCheck.CodeNeeded asked) {
            throw asked; // the right password, and no code yet: not a failure
        } catch (Refusal wrongCode) {
            audit.failed(holder, "wrong second-factor code", command.clientAddress(), throttle.failed(attempt, now),
                    now);
            throw wrongCode;
        }
        if (session.isEmpty()) {
            audit.failed(holder, "wrong password or an account that may not sign in", command.clientAddress(),
                    throttle.failed(attempt, now), now);
            throw refused();
        }
        throttle.succeeded(attempt);
        audit.signedIn(holder, command.clientAddress(), now);
        return session.get();
    }

    /** Empty for a wrong password; refused for a wrong or missing code of the second factor. */
    private Optional<IssuedSession> logInAccount(PortalAccount account, LogInCommand command, Instant now) {
        if (!verifyOrSpendTheSameTime(command.password(), account.passwordHash()) || !account.mayLogIn()) {
            return Optional.empty();
        }
        secondFactor.verify(holderOf(account).caller(), command.code(), command.recoveryCode(), now);
        upgrade.ofAccount(account, command.password());
        return Optional.of(open(token -> Session.ofAccount(token, account.id(), now(), expiry()),
                profiles.of(account)));
    }

    private Optional<IssuedSession> logInAgent(Optional<SupportAgent> agent, LogInCommand command, Instant now) {
        if (!verifyOrSpendTheSameTime(command.password(), agent.map(SupportAgent::passwordHash))
                || !agent.get().mayLogIn()) {
            return Optional.empty();
        }
        SupportAgent found = agent.get();
        secondFactor.verify(holderOf(found).caller(), command.code(), command.recoveryCode(), now);
        upgrade.ofAgent(found, command.password());
        return Optional.of(open(token -> Session.ofAgent(token, found.id(), now(), expiry()), profiles.of(found)));
    }

    private static SignInAudit.Holder holderOf(PortalAccount account) {
        return new SignInAudit.Holder(new Caller.Member(account.id(), account.companyId(), account.level()),
                account.companyId());
    }

    private static SignInAudit.Holder holderOf(SupportAgent agent) {
        return new SignInAudit.Holder(new Caller.Agent(agent.id()), null);
    }

    @Override
    public void logOut(String token) {
        sessions.revoke(SecretToken.hashOf(token), now());
    }

    @Override
    public void logOutEverywhere(String token) {
        sessions.revokeAllWith(SecretToken.hashOf(token), now());
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Instant now = now();
        String tokenHash = SecretToken.hashOf(command.token());
        Session session = sessions.findLive(tokenHash, now).filter(s -> usedRecently(s, now))
                .orElseThrow(SessionService::refused);
        if (session.accountId() == null) {
            // an agent's password is set at bootstrap or through an invitation, not here
            throw new Refusal(Refusal.Kind.NOT_PERMITTED, null, "An agent's password is not changed here.");
        }
        PortalAccount account = accounts.find(session.accountId()).filter(PortalAccount::mayLogIn)
                .orElseThrow(SessionService::refused);
        LoginThrottle.Attempt attempt = throttle.admit(account.email(), command.clientAddress(), now);
        if (!verifyOrSpendTheSameTime(command.currentPassword(), account.passwordHash())) {
            audit.failed(holderOf(account), "wrong current password at a password change", command.clientAddress(),
                    throttle.failed(attempt, now), now);
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "The current password is wrong.");
        }
        PasswordPolicy.check(command.newPassword());
        LifeCycleRefusals.step(() -> account.changePassword(hasher.hash(command.newPassword())));
        accounts.update(account);
        sessions.revokeOthersOf(tokenHash, now);
        throttle.succeeded(attempt);
        audit.passwordChanged(holderOf(account), command.clientAddress(), now);
    }

    /**
     * Reads only, on every request: no transaction of its own (joined when the caller has one),
     * but for the session's last use, written at most once per {@link SessionPolicy#touchInterval}
     * in a transaction of its own. A session unused for longer than the idle timeout is over.
     * An agent's session needs no second look: its agent row cannot go (the session refers to it).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Identified> identify(String token, Optional<CompanyId> companyNamed) {
        Instant now = now();
        return sessions.findLiveWithAccount(SecretToken.hashOf(token), now)
                .filter(live -> usedRecently(live.session(), now))
                .flatMap(live -> {
                    Optional<Identified> identified = identified(live, companyNamed);
                    identified.ifPresent(i -> touchWhenDue(live.session(), now));
                    return identified;
                });
    }

    private static Optional<Identified> identified(Sessions.LiveSession live, Optional<CompanyId> companyNamed) {
        if (live.session().accountId() == null) {
            return Optional.of(Identified.as(new Caller.Agent(live.session().agentId()), null));
        }
        if (live.memberships().stream().noneMatch(PortalAccount::mayLogIn)) {
            return Optional.empty();
        }
        AccountId person = live.session().accountId();
        Memberships.Choice choice = Memberships.choose(live.memberships(), companyNamed);
        if (choice instanceof Memberships.Choice.Acting acting) {
            return Optional.of(Identified.as(new Caller.Member(person, acting.membership().companyId(),
                    acting.membership().level()), person));
        }
        return Optional.of(Identified.unresolved(person, choice instanceof Memberships.Choice.CompanyNeeded
                ? Refusal.invalid(ProblemCode.COMPANY_NEEDED, "You are a member of several companies: name"
                        + " the one this request acts for in the header X-Company-Id.")
                : Refusal.notFound("the company")));
    }

    private boolean usedRecently(Session session, Instant now) {
        return session.lastUsedAt().isAfter(now.minus(policy.idleTimeout()));
    }

    private void touchWhenDue(Session session, Instant now) {
        Instant due = now.minus(policy.touchInterval());
        if (!session.lastUsedAt().isAfter(due)) {
            sessions.touch(session.tokenHash(), now, due);
        }
    }

    private IssuedSession open(Function<String, Session> sessionForTokenHash, CallerProfile profile) {
        SecretToken token = SecretToken.generate();
        Session session = sessionForTokenHash.apply(token.hash());
        sessions.open(session);
        return new IssuedSession(token, session.expiresAt(), profile);
    }

    /**
     * Checks the password against the stored hash, or, where there is none, against a decoy, so
     * that an unknown address takes as long to refuse as a wrong password.
     */
    private boolean verifyOrSpendTheSameTime(char[] password, Optional<String> hash) {
        if (hash.isPresent()) {
            return hasher.verify(password, hash.get());
        }
        hasher.verify(password, decoyHash());
        return false;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(SecretToken.generate().value().toCharArray());
            decoyHash = hash;
        }
        return hash;
    }

    private static Refusal refused() {
        return new Refusal(Refusal.Kind.UNAUTHENTICATED, null, REFUSED);
    }

    private Instant now() {
        return clock.instant();
    }

    private Instant expiry() {
        return now().plus(policy.timeToLive());
    }
}
