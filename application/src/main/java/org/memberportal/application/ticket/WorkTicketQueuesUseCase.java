package org.memberportal.application.ticket;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.ticket.Tickets.Awaiting;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;

public interface WorkTicketQueuesUseCase {

    /** The support team's queues: the first three hold tickets not closed, {@code ALL} every one. */
    enum QueueName {
        UNASSIGNED, MINE, OPEN, ALL
    }

    /** For agents: a queue, by when the first answer is due; the filters null for any. */
    Page<Ticket> queue(Caller caller, QueueName queue, CompanyId company, TicketStatus status,
            TicketPriority priority, PageRequest page);

    /** For agents: the tickets whose first answer is due within the hour, and those already late. */
    FirstResponseWatch watch(Caller caller);

    record FirstResponseWatch(Awaiting dueWithinTheHour, Awaiting late) {
    }
}
