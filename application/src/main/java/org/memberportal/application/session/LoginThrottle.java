package org.memberportal.application.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.domain.account.EmailAddress;

/**
 * The throttle in front of a password check (login, password change), by {@link ThrottlePolicy}.
 * {@link #admit} holds the account's counters until the transaction ends, so that guesses sent in
 * parallel for one account take turns and none gets a try the failures before it did not leave;
 * the client's counter is held only from the failure on, so that one office's logins to different
 * accounts do not wait for each other's password checks.
 */
@ApplicationScoped
public class LoginThrottle {

    private final AttemptCounters counters;
    private final ThrottlePolicy policy;

    protected LoginThrottle() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public LoginThrottle(AttemptCounters counters, ThrottlePolicy policy) {
        this.counters = counters;
        this.policy = policy;
    }

    /** An attempt let through: the counters it will add to. */
    public record Attempt(String clientKey, Optional<AttemptCount> account, Optional<AttemptCount> pair) {
    }

    /** What a failure led to, for the audit log. */
    public record Consequence(Duration delay, boolean accountLocked) {
        public boolean any() {
            return accountLocked || !delay.isZero();
        }
    }

    /**
     * Lets an attempt by this address (null when it is not one) from this client through, or
     * refuses it with how long to wait.
     */
    public Attempt admit(EmailAddress email, String client, Instant now) {
        String clientKey = "client:" + client;
        refuseWhenCapped(counters.read(clientKey), policy.failuresPerClient(), now);
        if (email == null) {
            return new Attempt(clientKey, Optional.empty(), Optional.empty());
        }
        String accountKey = "account:" + email.key();
        AttemptCount account = counters.lock(accountKey);
        refuseWhenCapped(account, policy.failuresPerAccount(), now);
        AttemptCount pair = counters.lock(accountKey + "|" + clientKey);
        Duration wait = pair.waitAt(now);
        if (!wait.isZero()) {
            throw new TooManyAttempts(wait);
        }
        return new Attempt(clientKey, Optional.of(account), Optional.of(pair));
    }

    public Consequence failed(Attempt attempt, Instant now) {
        AttemptCount client = counters.lock(attempt.clientKey());
        counters.save(client.failedAt(now, policy.window(), Duration.ZERO));
        boolean locked = false;
        Duration delay = Duration.ZERO;
        if (attempt.account().isPresent()) {
            AttemptCount account = attempt.account().get().failedAt(now, policy.window(), Duration.ZERO);
            counters.save(account);
            locked = account.failures() >= policy.failuresPerAccount();
            AttemptCount pair = attempt.pair().orElseThrow();
            delay = policy.delayAfter(pair.failuresAt(now, policy.window()) + 1);
            counters.save(pair.failedAt(now, policy.window(), delay));
        }
        return new Consequence(delay, locked);
    }

    /**
     * The right password from this client: its own delay ends. The account's overall count stays,
     * as it counts guesses from everywhere else too.
     */
    public void succeeded(Attempt attempt) {
        attempt.pair().ifPresent(pair -> counters.clear(pair.key()));
    }

    private void refuseWhenCapped(AttemptCount count, int cap, Instant now) {
        if (count.failuresAt(now, policy.window()) >= cap) {
            // free again a window after the last failure, the one that reached the cap
            throw new TooManyAttempts(Duration.between(now, count.lastFailureAt().plus(policy.window())));
        }
    }
}
