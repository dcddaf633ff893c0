package org.memberportal.rest.livesession;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
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
        public SessionKind kind;

        @NotNull
        public Instant preferredAt;

        @Size(max = 40)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String couponCode;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Valid BookingBody body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(LiveSessionView.of(book.book(caller.require(),
                        new Booking(body.kind, body.preferredAt, body.couponCode))))
                .build();
    }

    @GET
    public ListPage<LiveSessionView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listSessions.mine(caller.require(), Cursor.page(cursor, limit)), LiveSessionView::of);
    }
}
