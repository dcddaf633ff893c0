package org.memberportal.application.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.domain.account.EmailAddress;

/** Counts "forgot password" requests per address and per client, silently (see {@link ResetRequestPolicy}). */
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

    /** Whether a request for this address from this client is acted on; each one acted on counts. */
    boolean admit(EmailAddress email, String client, Instant now) {
        boolean byClient = count("reset-client:" + client, policy.perClient(), now);
        boolean byAddress = count("reset:" + email.key(), policy.perAddress(), now);
        return byClient && byAddress;
    }

    private boolean count(String key, int limit, Instant now) {
        AttemptCount count = counters.lock(key);
        if (count.failuresAt(now, policy.window()) >= limit) {
            return false;
        }
        counters.save(count.failedAt(now, policy.window(), Duration.ZERO));
        return true;
    }
}
