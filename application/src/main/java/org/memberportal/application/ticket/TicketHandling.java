package org.memberportal.application.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.ResponseTargets;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNote;

/**
 * The support team's handling of one ticket: who has it, its status and priority, and the notes
 * agents keep about it. Each call is one transaction, so a bulk change decides each ticket alone.
 */
@ApplicationScoped
@Transactional
public class TicketHandling implements ChangeTicketUseCase, AddTicketNoteUseCase {

    private final Tickets tickets;
    private final Companies companies;
    private final SupportAgents agents;
    private final AssignmentMail mail;
    private final AuditTrail audit;
    private final ResponseTargets targets;
    private final Clock clock;

    protected TicketHandling() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public TicketHandling(Tickets tickets, Companies companies, SupportAgents agents, AssignmentMail mail,
            AuditTrail audit, ResponseTargets targets, Clock clock) {
        this.tickets = tickets;
        this.companies = companies;
        this.agents = agents;
        this.mail = mail;
        this.audit = audit;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Ticket change(Caller caller, String ticketId, TicketChange change) {
        Caller.Agent agent = Authorization.requireAgent(caller);
        if (change == null || change.changesNothing()) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say what changes: assigneeId, status or priority.");
        }
        Ticket ticket = tickets.findForAgent(ticketId).orElseThrow(() -> Refusal.notFound("the ticket"));
        long readVersion = change.version() == null ? ticket.version() : change.version();
        ticket.readAt(readVersion);
        Instant now = clock.instant();
        Optional<SupportAgent> newAssignee = Optional.empty();
        if (change.reassign()) {
            newAssignee = reassign(ticket, change.assignee(), now);
        }
        if (change.status() != null) {
            ticket.changeStatus(change.status(), now);
        }
        if (change.priority() != null) {
            boolean plan = companies.find(ticket.companyId()).map(c -> c.hasActiveMaintenancePlan(today(now)))
                    .orElse(false);
            ticket.changePriority(change.priority(), targets.forCompany(plan), now);
        }
        Ticket saved = tickets.update(ticket);
        audit.record(AuditEvent.of(caller, "TICKET_CHANGED", saved.companyId(), saved.id(), describe(change), now));
        // an agent who takes a ticket knows it already; a colleague given one is told
        newAssignee.filter(assignee -> !assignee.id().equals(agent.agentId()))
                .ifPresent(assignee -> mail.assigned(saved, assignee));
        return saved;
    }

    /** The agent who now has the ticket, when it changed hands; empty when unassigned or unchanged. */
    private Optional<SupportAgent> reassign(Ticket ticket, AgentId to, Instant now) {
        if (to == null) {
            ticket.unassign(now);
            return Optional.empty();
        }
        SupportAgent assignee = agents.find(to).filter(SupportAgent::isActive)
                .orElseThrow(() -> Refusal.invalid(ProblemCode.INVALID_REQUEST,
                        "assigneeId names no active agent"));
        boolean changesHands = !ticket.assigneeId().map(to::equals).orElse(false);
        ticket.assignTo(assignee, now);
        return changesHands ? Optional.of(assignee) : Optional.empty();
    }

    @Override
    public TicketNote addNote(Caller caller, String ticketId, String body) {
        Caller.Agent agent = Authorization.requireAgent(caller);
        Ticket ticket = tickets.findForAgent(ticketId).orElseThrow(() -> Refusal.notFound("the ticket"));
        String name = agents.find(agent.agentId()).map(SupportAgent::fullName).orElse("Support");
        Instant now = clock.instant();
        TicketNote note = Inputs.checked(() -> TicketNote.of(ticket, agent.agentId(), name, body, now));
        tickets.addNote(note);
        audit.record(AuditEvent.of(caller, "TICKET_NOTE_ADDED", ticket.companyId(), ticket.id(), note.id(), now));
        return note;
    }

    private static String describe(TicketChange change) {
        StringBuilder text = new StringBuilder();
        if (change.reassign()) {
            text.append("assignee ").append(change.assignee() == null ? "none" : change.assignee().value());
        }
        if (change.status() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("status ").append(change.status());
        }
        if (change.priority() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("priority ").append(change.priority());
        }
        return text.toString();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
