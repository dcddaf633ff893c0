package org.memberportal.domain.ticket;

import org.memberportal.domain.Texts;

/**
 * What a member writes to open a ticket, checked before the ticket gets its number (so that a
 * refused ticket uses no number up). The priority is NORMAL unless given.
 */
public record TicketDraft(String subject, String description, TicketPriority priority) {

    public TicketDraft {
        subject = Texts.requireOneLine("the subject", subject, Ticket.MAX_SUBJECT_LENGTH);
        description = Texts.require("the description", description, Ticket.MAX_DESCRIPTION_LENGTH);
        priority = priority == null ? TicketPriority.NORMAL : priority;
    }
}
