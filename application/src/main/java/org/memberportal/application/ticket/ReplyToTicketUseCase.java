package org.memberportal.application.ticket;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.TicketReply;

public interface ReplyToTicketUseCase {

    /** A reply by the author, a Manager or Primary of the company, or an agent (who e-mails the author). */
    TicketReply reply(Caller caller, String ticketId, String body);
}
