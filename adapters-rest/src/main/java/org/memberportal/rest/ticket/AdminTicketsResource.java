package org.memberportal.rest.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.ticket.AddTicketNoteUseCase;
import org.memberportal.application.ticket.BulkChangeTicketsUseCase;
import org.memberportal.application.ticket.BulkChangeTicketsUseCase.BulkOutcome;
import org.memberportal.application.ticket.ChangeTicketUseCase;
import org.memberportal.application.ticket.ChangeTicketUseCase.TicketChange;
import org.memberportal.application.ticket.ListTicketsUseCase;
import org.memberportal.application.ticket.Tickets.Awaiting;
import org.memberportal.application.ticket.WorkTicketQueuesUseCase;
import org.memberportal.application.ticket.WorkTicketQueuesUseCase.FirstResponseWatch;
import org.memberportal.application.ticket.WorkTicketQueuesUseCase.QueueName;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.problem.RefusalMapper;
import org.memberportal.rest.security.CurrentCaller;

/**
 * The agents' helpdesk: every company's tickets in queues by when the first answer is due, who has
 * each, status and priority (one ticket or many at once), and internal notes. Agents reply at
 * /tickets/{id}/replies, as members do.
 */
@Path("admin/tickets")
@Tag(name = "Admin: tickets", description = "Agents: the helpdesk's queues and every company's tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTicketsResource {

    @Inject
    ListTicketsUseCase listTickets;

    @Inject
    WorkTicketQueuesUseCase queues;

    @Inject
    ChangeTicketUseCase changeTicket;

    @Inject
    BulkChangeTicketsUseCase bulkChange;

    @Inject
    AddTicketNoteUseCase addNote;

    @Inject
    AgentNames agentNames;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /**
     * {@code {assigneeId?, status?, priority?, version}}; the version may come as If-Match instead.
     * {@code assigneeId: null} unassigns, an absent one leaves the assignee as it is.
     */
    public static class TicketPatch implements RequestBody {
        private String assigneeId;
        private boolean assigneeGiven;

        public TicketStatus status;

        public TicketPriority priority;

        public Long version;

        @Schema(nullable = true, description = "an active agent's id; null unassigns; absent leaves it")
        public String getAssigneeId() {
            return assigneeId;
        }

        public void setAssigneeId(String assigneeId) {
            this.assigneeId = assigneeId;
            this.assigneeGiven = true;
        }

        boolean assigneeGiven() {
            return assigneeGiven;
        }
    }

    /** One ticket of a bulk change with the version the agent read it at. */
    public static class TicketAtVersion {
        @NotBlank
        public String id;

        public Long version;
    }

    /**
     * {@code {ticketIds, assigneeId?, status?}}; {@code tickets: [{id, version}]} names tickets with
     * the version they were read at, so that one changed meanwhile is reported stale.
     */
    public static class BulkBody implements RequestBody {
        public List<String> ticketIds;

        @Valid
        public List<TicketAtVersion> tickets;

        private String assigneeId;
        private boolean assigneeGiven;

        public TicketStatus status;

        @Schema(nullable = true, description = "an active agent's id; null unassigns; absent leaves it")
        public String getAssigneeId() {
            return assigneeId;
        }

        public void setAssigneeId(String assigneeId) {
            this.assigneeId = assigneeId;
            this.assigneeGiven = true;
        }
    }

    /** {@code {body}}. */
    public static class NoteBody implements RequestBody {
        @NotBlank
        @Size(max = TicketNote.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String body;
    }

    @Schema(name = "BulkOutcome")
    public record BulkOutcomeView(List<String> updated, List<FailureView> failed) {
    }

    /** A ticket left as it was: {@code type} the problem type its change alone would have met. */
    @Schema(name = "BulkFailure")
    public record FailureView(String id, String type, int status, String detail) {
    }

    @Schema(name = "AwaitingFirstResponse", description = "count: all of them; items: the soonest due")
    public record AwaitingView(long count, List<TicketView> items) {
    }

    @Schema(name = "FirstResponseWatch")
    public record WatchView(AwaitingView dueWithinTheHour, AwaitingView late) {
    }

    @GET
    @Operation(operationId = "listAllTickets", summary = "A queue of the helpdesk, or every company's tickets",
            description = "queue=unassigned|mine|open|all: by first-response due time (the first three hold tickets"
                    + " not closed); without queue, every ticket newest first")
    @APIResponse(responseCode = "200", description = "A page of tickets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketPage")))
    public ListPage<TicketView> list(@QueryParam("queue") String queue, @QueryParam("companyId") String companyId,
            @QueryParam("status") String status, @QueryParam("priority") String priority,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Caller who = caller.require();
        CompanyId company = companyId == null || companyId.isBlank() ? null : new CompanyId(companyId.strip());
        TicketStatus inStatus = EnumParameter.of(TicketStatus.class, "status", status);
        QueueName name = EnumParameter.of(QueueName.class, "queue", queue);
        TicketPriority ofPriority = EnumParameter.of(TicketPriority.class, "priority", priority);
        Map<AgentId, String> names = agentNames.forCaller(who);
        Instant now = clock.instant();
        if (name == null && ofPriority == null) {
            return ListPage.of(listTickets.all(who, company, inStatus, Cursor.page(cursor, limit)),
                    t -> TicketView.forAgent(t, now, names));
        }
        return ListPage.of(queues.queue(who, name == null ? QueueName.ALL : name, company, inStatus, ofPriority,
                Cursor.page(cursor, limit)), t -> TicketView.forAgent(t, now, names));
    }

    @GET
    @Path("first-responses")
    @Operation(operationId = "watchFirstResponses", summary = "First answers due within the hour, and those late")
    @APIResponse(responseCode = "200", description = "Tickets still waiting for their first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FirstResponseWatch")))
    public WatchView watch() {
        Caller who = caller.require();
        FirstResponseWatch watch = queues.watch(who);
        Map<AgentId, String> names = agentNames.forCaller(who);
        Instant now = clock.instant();
        return new WatchView(view(watch.dueWithinTheHour(), now, names), view(watch.late(), now, names));
    }

    private static AwaitingView view(Awaiting awaiting, Instant now, Map<AgentId, String> names) {
        return new AwaitingView(awaiting.count(),
                awaiting.tickets().stream().map(t -> TicketView.forAgent(t, now, names)).toList());
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeTicket", summary = "Assign a ticket, set its status or its priority")
    @APIResponse(responseCode = "200", description = "The ticket; a colleague it was given to is e-mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketView")))
    @APIResponse(responseCode = "400", description = "Nothing to change, or assigneeId names no active agent")
    @APIResponse(responseCode = "409", description = "stale-version: changed meanwhile")
    public Response change(@PathParam("id") String ticketId, @HeaderParam("If-Match") String ifMatch,
            @Valid TicketPatch body) {
        RequestBody.require(body);
        Caller who = caller.require();
        Ticket changed = changeTicket.change(who, ticketId, new TicketChange(body.assigneeGiven(),
                agent(body.assigneeId), body.status, body.priority, ReadVersion.of(body.version, ifMatch)));
        return Response.ok(TicketView.forAgent(changed, clock.instant(), agentNames.forCaller(who)))
                .tag(new EntityTag(Long.toString(changed.version()))).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTickets", summary = "Assign or close many tickets, each on its own")
    @APIResponse(responseCode = "200", description = "Which changed, and why each other did not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkOutcome")))
    @APIResponse(responseCode = "400", description = "No ticket named, more than 200, or nothing to change")
    public BulkOutcomeView bulk(@Valid BulkBody body) {
        RequestBody.require(body);
        List<String> ids = new ArrayList<>(body.ticketIds == null ? List.of() : body.ticketIds);
        Map<String, Long> versions = new HashMap<>();
        if (ids.contains(null) || body.tickets != null && body.tickets.stream().anyMatch(t -> t == null || t.id == null)) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Every ticket named needs its id.");
        }
        if (body.tickets != null) {
            for (TicketAtVersion ticket : body.tickets) {
                ids.add(ticket.id);
                if (ticket.version != null) {
                    versions.put(ticket.id, ticket.version);
                }
            }
        }
        BulkOutcome outcome = bulkChange.change(caller.require(), ids, versions,
                new TicketChange(body.assigneeGiven, agent(body.assigneeId), body.status, null, null));
        return new BulkOutcomeView(outcome.updated(), outcome.failed().stream()
                .map(f -> new FailureView(f.id(), Problems.type(f.refusal().problem()),
                        RefusalMapper.statusOf(f.refusal().kind()).getStatusCode(), f.refusal().getMessage()))
                .toList());
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTicketNote", summary = "An internal note, which no member ever reads")
    @APIResponse(responseCode = "201", description = "The note, internal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReplyView")))
    public Response note(@PathParam("id") String ticketId, @Valid NoteBody body) {
        RequestBody.require(body);
        TicketNote note = addNote.addNote(caller.require(), ticketId, body.body);
        return Response.status(Response.Status.CREATED).entity(TicketView.ReplyView.of(note)).build();
    }

    private static AgentId agent(String id) {
        return id == null || id.isBlank() ? null : new AgentId(id.strip());
    }
}
