package org.memberportal.application.ticket;

import org.memberportal.domain.ticket.TicketNumber;

/** The counter of ticket numbers, one for all portal instances. */
public interface TicketNumbers {

    TicketNumber next();
}
