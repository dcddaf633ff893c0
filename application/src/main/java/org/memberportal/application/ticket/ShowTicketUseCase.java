package org.memberportal.application.ticket;

import java.util.List;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketReply;

public interface ShowTicketUseCase {

    /** The ticket with its replies; not found when the caller may not see it. */
    TicketThread show(Caller caller, String ticketId);

    /** {@code notes} are the agents' internal notes: always empty for a member. */
    record TicketThread(Ticket ticket, List<TicketReply> replies, List<TicketNote> notes,
            List<TicketAttachment> attachments) {
        public TicketThread {
            replies = List.copyOf(replies);
            notes = List.copyOf(notes);
            attachments = List.copyOf(attachments);
        }
    }
}
