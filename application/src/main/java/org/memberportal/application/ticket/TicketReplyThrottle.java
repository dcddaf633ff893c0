package org.memberportal.application.ticket;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.domain.account.AccountId;

/**
 * Counts each member's ticket replies (per person, whichever company they write for) in the
 * database, so that every instance counts the same; past the {@link TicketReplyLimit} a reply is
 * refused with 429 and how long until the window ends. Agents answer as many as they must.
 */
@ApplicationScoped
public class TicketReplyThrottle {

    private final AttemptCounters counters;
    private final TicketReplyLimit limit;

    protected TicketReplyThrottle() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public TicketReplyThrottle(AttemptCounters counters, TicketReplyLimit limit) {
        this.counters = counters;
        this.limit = limit;
    }

    /** Counts one reply of this person, or refuses it; the count is part of the reply's transaction. */
    void admit(AccountId person, Instant now) {
        String key = "ticket-replies:" + person.value();
        AttemptCount count = counters.lock(key);
        if (count.failuresAt(now, limit.window()) >= limit.perPerson()) {
            Duration left = Duration.between(now, count.lastFailureAt().plus(limit.window()));
            throw new TooManyAttempts(left, "You posted " + limit.perPerson() + " replies within "
                    + limit.window().toMinutes() + " minutes; try again later.");
        }
        counters.save(count.failedAt(now, limit.window(), Duration.ZERO));
    }
}
