package org.memberportal.rest.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import org.memberportal.application.ticket.ChangeTicketStatusUseCase;
import org.memberportal.application.ticket.ListTicketsUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketStatus;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The agents' side of tickets: every company's, and their status. Agents reply at /tickets/{id}/replies. */
@Path("admin/tickets")
@Tag(name = "Admin: tickets", description = "Agents: every company's tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTicketsResource {

    @Inject
    ListTicketsUseCase listTickets;

    @Inject
    ChangeTicketStatusUseCase changeStatus;

    @Inject
    CurrentCaller caller;

    /** {@code {status, version}}; the version may come as If-Match instead. */
    public static class StatusChange implements RequestBody {
        @NotNull
        @Schema(required = true)
        public TicketStatus status;

        public Long version;
    }

    @GET
    @Operation(operationId = "listAllTickets", summary = "Tickets of every company")
    @APIResponse(responseCode = "200", description = "A page of tickets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketPage")))
    public ListPage<TicketView> list(@QueryParam("companyId") String companyId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listTickets.all(caller.require(),
                companyId == null || companyId.isBlank() ? null : new CompanyId(companyId),
                EnumParameter.of(TicketStatus.class, "status", status), Cursor.page(cursor, limit)), TicketView::of);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeTicketStatus", summary = "Set a ticket's status")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TicketView")))
    @APIResponse(responseCode = "409", description = "stale-version: changed meanwhile")
    public Response change(@PathParam("id") String ticketId, @HeaderParam("If-Match") String ifMatch,
            @Valid StatusChange body) {
        RequestBody.require(body);
        Ticket changed = changeStatus.changeStatus(caller.require(), ticketId, body.status,
                ReadVersion.of(body.version, ifMatch));
        return Response.ok(TicketView.of(changed)).tag(new EntityTag(Long.toString(changed.version()))).build();
    }
}
