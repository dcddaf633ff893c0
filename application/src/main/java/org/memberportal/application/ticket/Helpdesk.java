package org.memberportal.application.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.ticket.ChangeTicketUseCase.TicketChange;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;

/** The support team's queues, its watch over first answers, and changes to many tickets at once. */
@ApplicationScoped
public class Helpdesk implements WorkTicketQueuesUseCase, BulkChangeTicketsUseCase {

    /** How far ahead the watch looks for first answers falling due. */
    static final Duration WATCH_AHEAD = Duration.ofHours(1);
    /** How many tickets of each kind the watch lists (it counts them all). */
    static final int WATCH_LIST = 20;
    /** How many tickets one bulk change may name. */
    public static final int MAX_BULK = 200;

    private final Tickets tickets;
    private final ChangeTicketUseCase handling;
    private final Clock clock;

    protected Helpdesk() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public Helpdesk(Tickets tickets, ChangeTicketUseCase handling, Clock clock) {
        this.tickets = tickets;
        this.handling = handling;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ticket> queue(Caller caller, QueueName queue, CompanyId company, TicketStatus status,
            TicketPriority priority, PageRequest page) {
        Caller.Agent agent = Authorization.requireAgent(caller);
        if (page.after() != null) {
            try {
                Tickets.QueueKey.parse(page.after());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the cursor is not one of this queue's");
            }
        }
        Tickets.Queue which = switch (queue) {
            case UNASSIGNED -> new Tickets.Queue(true, true, null, company, status, priority);
            case MINE -> new Tickets.Queue(true, false, agent.agentId(), company, status, priority);
            case OPEN -> new Tickets.Queue(true, false, null, company, status, priority);
            case ALL -> new Tickets.Queue(false, false, null, company, status, priority);
        };
        return tickets.queue(which, page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FirstResponseWatch watch(Caller caller) {
        Authorization.requireAgent(caller);
        Instant now = clock.instant();
        return new FirstResponseWatch(tickets.awaitingFirstResponse(now, now.plus(WATCH_AHEAD), WATCH_LIST),
                tickets.awaitingFirstResponse(null, now, WATCH_LIST));
    }

    /** No transaction of its own: each ticket's change is one, so a refused ticket leaves the others changed. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkOutcome change(Caller caller, List<String> ticketIds, Map<String, Long> versions, TicketChange change) {
        Authorization.requireAgent(caller);
        if (ticketIds == null || ticketIds.isEmpty() || ticketIds.size() > MAX_BULK
                || ticketIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Name from 1 to " + MAX_BULK + " tickets.");
        }
        if (change == null || change.changesNothing() || change.priority() != null) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say what changes: assigneeId or status.");
        }
        List<String> updated = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ticketIds)) {
            try {
                handling.change(caller, id, change.at(versions.get(id)));
                updated.add(id);
            } catch (Refusal refusal) {
                failed.add(new Failure(id, refusal));
            }
        }
        return new BulkOutcome(updated, failed);
    }
}
