package org.memberportal.rest.livesession;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.livesession.ConfirmLiveSessionUseCase;
import org.memberportal.application.livesession.ListLiveSessionsUseCase;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Agents see every booking and confirm them. */
@Path("admin/live-sessions")
@Tag(name = "Admin: orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminLiveSessionsResource {

    @Inject
    ListLiveSessionsUseCase listSessions;

    @Inject
    ConfirmLiveSessionUseCase confirm;

    @Inject
    CurrentCaller caller;

    /** {@code {scheduledAt?}}: the agreed time, when not the preferred one. */
    public static class ConfirmationBody implements RequestBody {
        public Instant scheduledAt;
    }

    @GET
    @Operation(operationId = "listAllLiveSessions", summary = "Live-session bookings of every company")
    @APIResponse(responseCode = "200", description = "A page of bookings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveSessionPage")))
    public ListPage<LiveSessionView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(listSessions.all(caller.require(),
                EnumParameter.of(LiveSession.Status.class, "status", status), Cursor.page(cursor, limit)),
                LiveSessionView::of);
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmLiveSession", summary = "Confirm a booking")
    @APIResponse(responseCode = "200", description = "The booking, CONFIRMED; the member is e-mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveSessionView")))
    @APIResponse(responseCode = "409", description = "already-confirmed")
    public LiveSessionView confirm(@PathParam("id") String bookingId, ConfirmationBody body) {
        return LiveSessionView.of(confirm.confirm(caller.require(), bookingId, body == null ? null : body.scheduledAt));
    }
}
