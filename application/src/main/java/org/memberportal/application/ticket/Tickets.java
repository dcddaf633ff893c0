package org.memberportal.application.ticket;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

/** The support tickets of every company, and their replies. */
public interface Tickets {

    /** Stores a new ticket and answers it as stored, with the version its updates must name. */
    Ticket add(Ticket ticket);

    /** Saves a changed ticket; a {@code stale-version} conflict when it changed since it was read. */
    Ticket update(Ticket ticket);

    /** A ticket of this company; empty for another company's. */
    Optional<Ticket> find(CompanyId company, String id);

    /** Any company's ticket: for agents, who answer every company. */
    Optional<Ticket> findForAgent(String id);

    /** Newest first. */
    Page<Ticket> page(Filter filter, PageRequest page);

    void addReply(TicketReply reply);

    /** The ticket's replies, oldest first. */
    List<TicketReply> repliesOf(CompanyId company, String ticketId);

    /**
     * Which tickets: of one company (null only for agents, who see all), of one author (null for
     * any), in one status (null for any).
     */
    record Filter(CompanyId company, AccountId author, TicketStatus status) {
    }
}
