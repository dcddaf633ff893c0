package org.memberportal.application.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.throttle.TrustedDevices;
import org.memberportal.domain.account.EmailAddress;

/**
 * The throttle in front of a password check (login, password change), by {@link ThrottlePolicy}.
 * {@link #admit} holds the account's counters until the transaction ends, so that guesses sent in
 * parallel for one account take turns and none gets a try the failures before it did not leave;
 * the client's counter is held only from the failure on, so that one office's logins to different
 * accounts do not wait for each other's password checks. A client with the account's device token
 * is counted on its own (see {@link ThrottlePolicy}).
 */
@ApplicationScoped
public class LoginThrottle {

    private final AttemptCounters counters;
    private final TrustedDevices devices;
    private final ThrottlePolicy policy;

    protected LoginThrottle() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public LoginThrottle(AttemptCounters counters, TrustedDevices devices, ThrottlePolicy policy) {
        this.counters = counters;
        this.devices = devices;
        this.policy = policy;
    }

    /**
     * An attempt let through: the counters it will add to. From a known device only the device's
     * ({@code device}, with the token it showed); otherwise the account's and the pair's.
     */
    public record Attempt(String clientKey, String subject, Optional<AttemptCount> account,
            Optional<AttemptCount> pair, Optional<AttemptCount> device, String deviceToken) {

        private static Attempt ofStranger(String clientKey, String subject, AttemptCount account, AttemptCount pair) {
            return new Attempt(clientKey, subject, Optional.ofNullable(account), Optional.ofNullable(pair),
                    Optional.empty(), null);
        }
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
        return admit(email, client, null, now);
    }

    /** As {@link #admit(EmailAddress, String, Instant)}, from a client that may show the account's device token. */
    public Attempt admit(EmailAddress email, String client, String deviceToken, Instant now) {
        String clientKey = "client:" + client;
        if (email == null) {
            refuseWhenCapped(counters.read(clientKey), policy.failuresPerClient(), now);
            return Attempt.ofStranger(clientKey, null, null, null);
        }
        String subject = "account:" + email.key();
        Optional<Attempt> known = fromKnownDevice(clientKey, subject, deviceToken, now);
        if (known.isPresent()) {
            return known.get();
        }
        refuseWhenCapped(counters.read(clientKey), policy.failuresPerClient(), now);
        AttemptCount account = counters.lock(subject);
        refuseWhenCapped(account, policy.failuresPerAccount(), now);
        AttemptCount pair = counters.lock(subject + "|" + clientKey);
        Duration wait = pair.waitAt(now);
        if (!wait.isZero()) {
            throw new TooManyAttempts(wait);
        }
        return Attempt.ofStranger(clientKey, subject, account, pair);
    }

    /** A device token of this account that still holds and has failures left: its own counter, held. */
    private Optional<Attempt> fromKnownDevice(String clientKey, String subject, String deviceToken, Instant now) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        String tokenHash = SecretToken.hashOf(deviceToken.strip());
        if (!devices.trusts(tokenHash, deviceSubject(subject), now)) {
            return Optional.empty();
        }
        AttemptCount device = counters.lock("device:" + tokenHash);
        if (device.failuresAt(now, policy.window()) >= policy.failuresPerDevice()) {
            return Optional.empty(); // guessed with too often: a stranger's token now
        }
        Duration wait = device.waitAt(now);
        if (!wait.isZero()) {
            throw new TooManyAttempts(wait);
        }
        return Optional.of(new Attempt(clientKey, subject, Optional.empty(), Optional.empty(), Optional.of(device),
                deviceToken.strip()));
    }

    public Consequence failed(Attempt attempt, Instant now) {
        if (attempt.device().isPresent()) {
            AttemptCount device = attempt.device().get();
            Duration delay = policy.delayAfter(device.failuresAt(now, policy.window()) + 1);
            AttemptCount counted = device.failedAt(now, policy.window(), delay);
            counters.save(counted);
            return new Consequence(delay, false);
        }
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
        attempt.device().ifPresent(device -> counters.clear(device.key()));
    }

    /**
     * A signed-in client's device token for the account: the one it showed, or a new one. Empty for
     * an attempt on no address.
     */
    public Optional<String> deviceTokenFor(Attempt attempt, Instant now) {
        if (attempt.subject() == null) {
            return Optional.empty();
        }
        if (attempt.deviceToken() != null) {
            return Optional.of(attempt.deviceToken());
        }
        SecretToken token = SecretToken.generate();
        devices.trust(token.hash(), deviceSubject(attempt.subject()), now.plus(policy.deviceTokenValidity()));
        return Optional.of(token.value());
    }

    /** Whose a device token is, kept as a hash: an erased person's address must not stay behind in it. */
    private static String deviceSubject(String subject) {
        return SecretToken.hashOf(subject);
    }

    private void refuseWhenCapped(AttemptCount count, int cap, Instant now) {
        if (count.failuresAt(now, policy.window()) >= cap) {
            // free again a window after the last failure, the one that reached the cap
            throw new TooManyAttempts(Duration.between(now, count.lastFailureAt().plus(policy.window())));
        }
    }
}
