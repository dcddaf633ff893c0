package org.memberportal.application.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.domain.identity.Caller;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

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
    private final LoginAttempts attempts;
    private final ThrottlePolicy throttle;
    private final Clock clock;
    private volatile String decoyHash;

    protected SessionService() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SessionService(Accounts accounts, SupportAgents agents, Sessions sessions, PasswordHasher hasher,
            CallerProfiles profiles, SessionPolicy policy, LoginAttempts attempts, ThrottlePolicy throttle,
            Clock clock) {
        this.accounts = accounts;
        this.agents = agents;
        this.sessions = sessions;
        this.hasher = hasher;
        this.profiles = profiles;
        this.policy = policy;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public IssuedSession logIn(LogInCommand command) {
        Instant now = now();
        Optional<String> accountKey = EmailAddress.isValid(command.email())
                ? Optional.of(accountKey(EmailAddress.of(command.email())))
                : Optional.empty();
        String clientKey = clientKey(command.clientAddress());
        refuseWhenThrottled(accountKey, clientKey, now);
        try {
            IssuedSession session = verify(command);
            accountKey.ifPresent(key -> attempts.clear(key, now.minus(throttle.window())));
            return session;
        } catch (Refusal refused) {
            recordFailure(accountKey, clientKey, now);
            throw refused;
        }
    }

    private static String accountKey(EmailAddress email) {
        return "account:" + email.key();
    }

    private static String clientKey(String clientAddress) {
        return "client:" + clientAddress;
    }

    /** The account's limit (where the address names one) and the client's, checked together. */
    private void refuseWhenThrottled(Optional<String> accountKey, String clientKey, Instant now) {
        accountKey.ifPresent(key -> refuseWhenThrottled(key, throttle.failuresPerAccount(), now));
        refuseWhenThrottled(clientKey, throttle.failuresPerClient(), now);
    }

    private void recordFailure(Optional<String> accountKey, String clientKey, Instant now) {
        accountKey.ifPresent(key -> attempts.recordFailure(key, now));
        attempts.recordFailure(clientKey, now);
    }

    private void refuseWhenThrottled(String key, int limit, Instant now) {
        List<Instant> failures = attempts.failuresSince(key, now.minus(throttle.window()));
        if (failures.size() >= limit) {
            // free again once enough of the failures have left the window to fall under the limit
            Instant free = failures.get(failures.size() - limit).plus(throttle.window());
            throw new TooManyAttempts(Duration.between(now, free));
        }
    }

    private IssuedSession verify(LogInCommand command) {
        Optional<EmailAddress> email = EmailAddress.isValid(command.email())
                ? Optional.of(EmailAddress.of(command.email()))
                : Optional.empty();
        Optional<PortalAccount> account = email.flatMap(accounts::findByEmail);
        if (account.isPresent()) {
            PortalAccount found = account.get();
            if (verifyOrSpendTheSameTime(command.password(), found.passwordHash()) && found.mayLogIn()) {
                return open(token -> Session.ofAccount(token, found.id(), now(), expiry()), profiles.of(found));
            }
            throw refused();
        }
        Optional<SupportAgent> agent = email.flatMap(agents::findByEmail);
        if (verifyOrSpendTheSameTime(command.password(), agent.map(SupportAgent::passwordHash))
                && agent.get().mayLogIn()) {
            SupportAgent found = agent.get();
            return open(token -> Session.ofAgent(token, found.id(), now(), expiry()), profiles.of(found));
        }
        throw refused();
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
        Session session = sessions.findLive(tokenHash, now).orElseThrow(SessionService::refused);
        if (session.accountId() == null) {
            // an agent's password is set at bootstrap or through an invitation, not here
            throw new Refusal(Refusal.Kind.NOT_PERMITTED, null, "An agent's password is not changed here.");
        }
        PortalAccount account = accounts.find(session.accountId()).filter(PortalAccount::mayLogIn)
                .orElseThrow(SessionService::refused);
        Optional<String> accountKey = Optional.of(accountKey(account.email()));
        String clientKey = clientKey(command.clientAddress());
        refuseWhenThrottled(accountKey, clientKey, now);
        if (!verifyOrSpendTheSameTime(command.currentPassword(), account.passwordHash())) {
            recordFailure(accountKey, clientKey, now);
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "The current password is wrong.");
        }
        PasswordPolicy.check(command.newPassword());
        LifeCycleRefusals.step(() -> account.changePassword(hasher.hash(command.newPassword())));
        accounts.update(account);
        sessions.revokeOthersOf(tokenHash, now);
    }

    /**
     * Reads only, on every request: no transaction of its own (joined when the caller has one).
     * An agent's session needs no second look: its agent row cannot go (the session refers to it).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Identified> identify(String token, Optional<CompanyId> companyNamed) {
        return sessions.findLiveWithAccount(SecretToken.hashOf(token), now()).flatMap(live -> {
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
        });
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
