package org.memberportal.rest.ticket;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.ticket.ListTicketsUseCase;
import org.memberportal.application.ticket.ListTicketsUseCase.Scope;
import org.memberportal.application.ticket.OpenTicketUseCase;
import org.memberportal.application.ticket.OpenTicketUseCase.NewTicket;
import org.memberportal.application.ticket.ReplyToTicketUseCase;
import org.memberportal.application.ticket.ShowTicketUseCase;
import org.memberportal.application.ticket.ShowTicketUseCase.TicketThread;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Members' tickets; a ticket's page and its replies serve agents too. */
@Path("tickets")
@Tag(name = "Tickets", description = "Support tickets and their replies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    @Inject
    OpenTicketUseCase openTicket;

    @Inject
    ListTicketsUseCase listTickets;

    @Inject
    ShowTicketUseCase showTicket;

    @Inject
    ReplyToTicketUseCase reply;

    @Inject
    CurrentCaller caller;

    @Inject
    AgentNames agentNames;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /** {@code {subject, description, priority?}}. */
    public static class NewTicketBody implements RequestBody {
        @NotBlank
        @Size(max = Ticket.MAX_SUBJECT_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String subject;

        @NotBlank
        @Size(max = Ticket.MAX_DESCRIPTION_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String description;

        public TicketPriority priority;
    }

    /** {@code {body}}. */
    public static class ReplyBody implements RequestBody {
        @NotBlank
        @Size(max = TicketReply.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String body;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openTicket", summary = "Open a ticket")
    @APIResponse(responseCode = "201", description = "The ticket, OPEN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketView")))
    @APIResponse(responseCode = "403", description = "maintenance-plan-required: the company has no active maintenance plan under that policy; agents open none")
    public Response open(@Valid NewTicketBody body) {
        RequestBody.require(body);
        Ticket ticket = openTicket.open(caller.require(), new NewTicket(body.subject, body.description, body.priority));
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id()).build())
                .entity(TicketView.of(ticket, clock.instant()))
                .tag(new EntityTag(Long.toString(ticket.version())))
                .build();
    }

    /** {@code scope=mine} (the default) or {@code company}; {@code status} any of the four. */
    @GET
    @Operation(operationId = "listTickets", summary = "The caller's tickets, or the company's")
    @APIResponse(responseCode = "200", description = "A page of tickets, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketPage")))
    @APIResponse(responseCode = "403", description = "scope=company without the capability to see the company's tickets")
    public ListPage<TicketView> list(@QueryParam("scope") String scope, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Scope chosen = EnumParameter.of(Scope.class, "scope", scope);
        return ListPage.of(listTickets.list(caller.require(), chosen == null ? Scope.MINE : chosen,
                EnumParameter.of(TicketStatus.class, "status", status), Cursor.page(cursor, limit)),
                t -> TicketView.of(t, clock.instant()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTicket", summary = "A ticket with its replies")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketView")))
    public Response show(@PathParam("id") String ticketId) {
        Caller who = caller.require();
        TicketThread thread = showTicket.show(who, ticketId);
        return Response.ok(TicketView.of(thread, clock.instant(), agentNames.forCaller(who),
                AttachmentViews.of(thread.attachments()))).tag(new EntityTag(Long.toString(thread.ticket().version()))).build();
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToTicket", summary = "Reply to a ticket")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReplyView")))
    @APIResponse(responseCode = "403", description = "Neither the author, nor allowed to reply to the company's tickets")
    @APIResponse(responseCode = "409", description = "ticket-closed")
    @APIResponse(responseCode = "429", description = "too-many-attempts: the member posted as many replies as the"
            + " window allows; Retry-After says when the next is taken")
    public Response reply(@PathParam("id") String ticketId, @Valid ReplyBody body) {
        RequestBody.require(body);
        TicketReply created = reply.reply(caller.require(), ticketId, body.body);
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(ticketId).build())
                .entity(TicketView.ReplyView.of(created))
                .build();
    }
}
