package org.memberportal.domain.ticket;

public enum TicketStatus {
    /** Waiting for the vendor. */
    OPEN,
    /** Waiting for the member: the vendor asked something back. */
    PENDING,
    /** The vendor considers it solved; a member's reply opens it again. */
    RESOLVED,
    /** Done: no more replies. */
    CLOSED
}
