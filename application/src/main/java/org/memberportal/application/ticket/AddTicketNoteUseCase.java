package org.memberportal.application.ticket;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.TicketNote;

public interface AddTicketNoteUseCase {

    /** For agents: an internal note on any company's ticket, which no member ever reads. */
    TicketNote addNote(Caller caller, String ticketId, String body);
}
