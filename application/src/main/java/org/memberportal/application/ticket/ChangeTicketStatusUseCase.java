package org.memberportal.application.ticket;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketStatus;

public interface ChangeTicketStatusUseCase {

    /** For agents: the ticket as read at {@code version} gets a new status. */
    Ticket changeStatus(Caller caller, String ticketId, TicketStatus status, long version);
}
