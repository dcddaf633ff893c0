package org.memberportal.application.ticket;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketStatus;

public interface ListTicketsUseCase {

    enum Scope {
        /** The caller's own tickets. */
        MINE,
        /** All tickets of the caller's company: needs the capability to see them. */
        COMPANY
    }

    /** A member's tickets, newest first; {@code status} null for any. */
    Page<Ticket> list(Caller caller, Scope scope, TicketStatus status, PageRequest page);

    /** For agents: every company's tickets, or one company's. */
    Page<Ticket> all(Caller caller, CompanyId company, TicketStatus status, PageRequest page);
}
