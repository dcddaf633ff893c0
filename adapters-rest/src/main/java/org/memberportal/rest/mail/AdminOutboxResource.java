package org.memberportal.rest.mail;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.ListOutboxUseCase;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/**
 * The outbox for agents: what was queued and sent. While an e-mail is not sent its text body is
 * shown; a link's token in it only where no SMTP is configured and the e-mail is QUEUED (a first run
 * on a laptop hands out activation links this way), elsewhere a placeholder. Once sent, the body is
 * the recipient's alone and is left out.
 */
@Path("admin/outbox")
@Tag(name = "Admin: audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminOutboxResource {

    @Inject
    ListOutboxUseCase outbox;

    @Inject
    CurrentCaller caller;

    public record OutboxItemView(String id, String to, String toName, String subject, String kind, String state,
            int attempts, String lastError, Instant queuedAt, Instant sentAt, Instant nextAttemptAt, String textBody) {

        static OutboxItemView of(OutboxEntry entry) {
            boolean pending = entry.state() == DeliveryState.QUEUED || entry.state() == DeliveryState.SENDING;
            return new OutboxItemView(entry.id(), entry.email().to().value(), entry.email().recipientName(),
                    entry.email().subject(), entry.email().kind(), entry.state().name(), entry.attempts(),
                    entry.lastError(), entry.queuedAt(), entry.sentAt(), pending ? entry.nextAttemptAt() : null,
                    entry.state() == DeliveryState.SENT || entry.email().textBody().isEmpty() ? null
                            : entry.email().textBody());
        }
    }

    @GET
    @Operation(operationId = "listOutbox", summary = "E-mails queued and sent, with their state")
    @APIResponse(responseCode = "200", description = "A page of e-mails",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OutboxPage")))
    public Response list(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        ListPage<OutboxItemView> page = ListPage.of(outbox.list(caller.require(), stateOf(state),
                Cursor.page(cursor, limit)), OutboxItemView::of);
        // the bodies carry secret links: no cache may keep them
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }

    private static DeliveryState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DeliveryState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST,
                    "state must be one of " + Arrays.toString(DeliveryState.values()));
        }
    }
}
