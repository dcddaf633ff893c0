package org.memberportal.domain.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A time to send at: Mailchimp schedules campaigns on the quarter hour only (:00, :15, :30, :45, UTC). */
public final class SendTime {

    private SendTime() {
    }

    public static boolean isOnQuarterHour(Instant at) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        return utc.getMinute() % 15 == 0 && utc.getSecond() == 0 && utc.getNano() == 0;
    }

    /** The time, or an IllegalArgumentException saying what is wrong with it. */
    public static Instant require(Instant at, Instant now) {
        if (!isOnQuarterHour(at)) {
            throw new IllegalArgumentException("a send time must be on a quarter hour (:00, :15, :30 or :45, UTC)");
        }
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException("a send time must be in the future");
        }
        return at;
    }
}
