package org.memberportal.application.ticket;

import java.time.Duration;

/**
 * How many replies one member may post to tickets within a window (portal.ticket.replies-per-person,
 * portal.ticket.reply-window): enough for any conversation, few enough that nobody fills the
 * support team's queue or the database from a script.
 */
public record TicketReplyLimit(int perPerson, Duration window) {

    public TicketReplyLimit {
        if (perPerson < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("ticket replies need a positive limit and window");
        }
    }

    /** The portal's defaults. */
    public static TicketReplyLimit standard() {
        return new TicketReplyLimit(30, Duration.ofHours(1));
    }
}
