package org.memberportal.application.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketPriority;
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

    /** A queue of the support team, by when the first answer is due (then by id); see {@link QueueKey} for its pages. */
    Page<Ticket> queue(Queue queue, PageRequest page);

    /**
     * Tickets still waiting for their first answer (not closed, no agent's public reply yet) due
     * from {@code from} (inclusive; null for any time past) until {@code until} (exclusive), soonest
     * first, at most {@code limit}; and how many there are in all.
     */
    Awaiting awaitingFirstResponse(Instant from, Instant until, int limit);

    /** Every ticket assigned to this agent goes back to the unassigned queue; answers how many. */
    int unassignAllOf(AgentId agent, Instant now);

    /** The ticket's attachments, oldest first (their bytes are {@link TicketAttachments}'). */
    List<TicketAttachment> attachmentsOf(String ticketId);

    /**
     * The ticket when the caller may see it: a member finds only their company's, and of those
     * only what their level or authorship shows; an agent finds any.
     */
    default Ticket visibleTo(Caller caller, String id) {
        return (caller instanceof Caller.Member member ? find(member.companyId(), id) : findForAgent(id))
                .filter(t -> t.isVisibleTo(caller))
                .orElseThrow(() -> Refusal.notFound("the ticket"));
    }

    void addNote(TicketNote note);

    /** The ticket's internal notes, oldest first: for agents only. */
    List<TicketNote> notesOf(String ticketId);

    /**
     * Which tickets: those not closed ({@code openOnly}), assigned to nobody ({@code unassigned})
     * or to one agent ({@code assignee}); each filter null or false for any.
     */
    record Queue(boolean openOnly, boolean unassigned, AgentId assignee, CompanyId company, TicketStatus status,
            TicketPriority priority) {
    }

    record Awaiting(List<Ticket> tickets, long count) {
        public Awaiting {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * A queue's page key: the due time and the id of the last ticket seen, as one string a cursor
     * carries ({@code 2026-12-07T10:00:00Z_<id>}).
     */
    record QueueKey(Instant dueAt, String id) {

        public static QueueKey of(Ticket ticket) {
            return new QueueKey(ticket.firstResponseDueAt(), ticket.id());
        }

        public static QueueKey parse(String key) {
            int split = key.indexOf('_');
            if (split < 0) {
                throw new IllegalArgumentException("not a queue's page key");
            }
            return new QueueKey(Instant.parse(key.substring(0, split)), key.substring(split + 1));
        }

        @Override
        public String toString() {
            return dueAt + "_" + id;
        }
    }
}
