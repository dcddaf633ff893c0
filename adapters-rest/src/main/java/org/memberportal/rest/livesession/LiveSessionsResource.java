package org.memberportal.rest.livesession;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.livesession.BookLiveSessionUseCase;
import org.memberportal.application.livesession.BookLiveSessionUseCase.Booking;
import org.memberportal.application.livesession.ListLiveSessionsUseCase;
import org.memberportal.domain.livesession.SessionKind;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** A member's bookings of live sessions and call returns. */
@Path("live-sessions")
@Tag(name = "Live sessions", description = "Installation, configuration and training sessions, and call returns")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiveSessionsResource {

    @Inject
    BookLiveSessionUseCase book;

    @Inject
    ListLiveSessionsUseCase listSessions;

    @Inject
    CurrentCaller caller;

    /** {@code {kind, preferredAt, couponCode?}}; {@code preferredAt} an ISO-8601 instant. */
    public static class BookingBody implements RequestBody {
        @NotNull
        @Schema(required = true)
        public SessionKind kind;

        @NotNull
        @Schema(required = true)
        public Instant preferredAt;

        @Size(max = 40)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String couponCode;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookLiveSession", summary = "Book a live session or a call return")
    @APIResponse(responseCode = "201", description = "The booking with its price",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveSessionView")))
    @APIResponse(responseCode = "400", description = "invalid-coupon: unknown or someone else's code; or an invalid body")
    @APIResponse(responseCode = "403", description = "Agents book no sessions")
    @APIResponse(responseCode = "409", description = "concurrent-change: a change made at the same time won; try again")
    public Response book(@Valid BookingBody body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(LiveSessionView.of(book.book(caller.require(),
                        new Booking(body.kind, body.preferredAt, body.couponCode))))
                .build();
    }

    @GET
    @Operation(operationId = "listLiveSessions", summary = "The caller's bookings")
    @APIResponse(responseCode = "200", description = "A page of bookings, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LiveSessionPage")))
    public ListPage<LiveSessionView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listSessions.mine(caller.require(), Cursor.page(cursor, limit)), LiveSessionView::of);
    }
}
