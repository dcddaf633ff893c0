package org.memberportal.application.ticket;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketPriority;

public interface OpenTicketUseCase {

    /** A member opens a ticket for their company, if the ticket policy entitles the company. */
    Ticket open(Caller caller, NewTicket ticket);

    /** The priority may be null: NORMAL. */
    record NewTicket(String subject, String description, TicketPriority priority) {
    }
}
