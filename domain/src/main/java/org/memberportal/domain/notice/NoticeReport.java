package org.memberportal.domain.notice;

import java.time.Duration;
import java.time.Instant;

/** Mailchimp's report of a sent notice, and when it was read: it is read again at most once a minute. */
public record NoticeReport(int emailsSent, int opens, int clicks, Instant readAt) {

    public static final Duration READ_AT_MOST_EVERY = Duration.ofMinutes(1);

    public boolean isStale(Instant now) {
        return !readAt.plus(READ_AT_MOST_EVERY).isAfter(now);
    }
}
