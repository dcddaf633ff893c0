package org.memberportal.application.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.domain.account.EmailAddress;

/** Counts "forgot password" requests per client and per address, silently (see {@link ResetRequestPolicy}). */
@ApplicationScoped
public class ResetRequestThrottle {

    private final AttemptCounters counters;
    private final ResetRequestPolicy policy;

    protected ResetRequestThrottle() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public ResetRequestThrottle(AttemptCounters counters, ResetRequestPolicy policy) {
        this.counters = counters;
        this.policy = policy;
    }

    /**
     * Whether a request for this address from this client is acted on. Each budget is spent only
     * by what the ones before it let through: a request dropped for its client's budget costs the
     * address nothing, and one client spends at most its share of the address's.
     */
    boolean admit(EmailAddress email, String client, Instant now) {
        return count("reset-client:" + client, policy.perClient(), now)
                && count("reset:" + email.key() + "|client:" + client, policy.perAddressAndClient(), now)
                && count("reset:" + email.key(), policy.perAddress(), now);
    }

    /**
     * A budget already spent is seen by a plain read, so that a request over it writes nothing (a
     * lock on PostgreSQL writes the row); one within it is counted under the row's lock, where
     * parallel requests take turns.
     */
    private boolean count(String key, int limit, Instant now) {
        if (counters.read(key).failuresAt(now, policy.window()) >= limit) {
            return false;
        }
        AttemptCount count = counters.lock(key);
        if (count.failuresAt(now, policy.window()) >= limit) {
            return false;
        }
        counters.save(count.failedAt(now, policy.window(), Duration.ZERO));
        return true;
    }
}
