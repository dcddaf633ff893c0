package org.memberportal.application.ticket;

import java.util.List;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketReply;

public interface ShowTicketUseCase {

    /** The ticket with its replies; not found when the caller may not see it. */
    TicketThread show(Caller caller, String ticketId);

    record TicketThread(Ticket ticket, List<TicketReply> replies) {
        public TicketThread {
            replies = List.copyOf(replies);
        }
    }
}
