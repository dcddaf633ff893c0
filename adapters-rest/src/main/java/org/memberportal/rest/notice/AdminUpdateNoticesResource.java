package org.memberportal.rest.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.notice.NoticeContent;
import org.memberportal.application.notice.NoticeSender;
import org.memberportal.application.notice.UpdateNoticeDesk;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.notice.UpdateNotice;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The agents' update notices: written, looked at, tested, then sent once through Mailchimp. */
@Path("admin/update-notices")
@Tag(name = "Admin: update notices", description = "Agents: notices of available updates, sent through Mailchimp")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUpdateNoticesResource {

    @Inject
    UpdateNoticeDesk desk;

    @Inject
    NoticeSender sender;

    @Inject
    CurrentCaller caller;

    @Resource
    ManagedExecutorService executor;

    /**
     * A notice's fields: {@code version} is the product's version when writing a notice; in a PATCH
     * it is the notice's revision read (as the API's other PATCHes), and the product's version is
     * {@code productVersion}.
     */
    public static class Fields implements RequestBody {
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String product;

        /** A text or a number: JSON-B gives a String or a BigDecimal. */
        @Schema(description = "when writing: the product's version (text); in a PATCH: the revision read (a number)")
        public Object version;

        @Size(max = 50)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String productVersion;

        @Size(max = 150)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String subject;

        @Size(max = 50_000)
        public String bodyMarkdown;

        @Size(max = 36)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String documentId;

        @Schema(enumeration = {"ALL", "LICENSED"})
        public String audience;

        UpdateNoticeDesk.Fields written() {
            String given = version == null ? null : version.toString();
            if (given != null && (given.length() > 50 || given.chars().anyMatch(Character::isISOControl))) {
                throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "version: at most 50 characters on one line");
            }
            return new UpdateNoticeDesk.Fields(product, productVersion != null ? productVersion : given, subject,
                    bodyMarkdown, documentId, audience);
        }

        UpdateNoticeDesk.Fields changed() {
            return new UpdateNoticeDesk.Fields(product, productVersion, subject, bodyMarkdown, documentId, audience);
        }

        Long revision() {
            if (version == null || version.toString().isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(version.toString().strip()).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw Refusal.invalid(ProblemCode.INVALID_REQUEST,
                        "version is the revision read (a number); the product's version is productVersion");
            }
        }
    }

    public static class TestAddresses implements RequestBody {
        @NotEmpty
        @Size(max = UpdateNoticeDesk.MAX_TEST_ADDRESSES)
        public List<@Size(max = 254) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE) String> emails;
    }

    public static class Sending implements RequestBody {
        @Schema(description = "UTC, on a quarter hour; none for at once")
        public String at;
    }

    @GET
    @Operation(operationId = "listUpdateNotices", summary = "Update notices, newest first")
    @APIResponse(responseCode = "200", description = "A page of notices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UpdateNoticePage")))
    public ListPage<UpdateNoticeView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(desk.list(caller.require(), Cursor.page(cursor, limit)), UpdateNoticeView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeUpdateNotice", summary = "Write an update notice (a draft)")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UpdateNoticeView")))
    public Response write(@Valid Fields body, @Context UriInfo uri) {
        RequestBody.require(body);
        UpdateNotice notice = desk.write(caller.require(), body.written());
        return Response.created(uri.getAbsolutePathBuilder().path(notice.id()).build())
                .entity(UpdateNoticeView.of(notice)).tag(ReadVersion.etag(notice.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "showUpdateNotice", summary = "An update notice, with Mailchimp's report once sent")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UpdateNoticeView")))
    public Response show(@PathParam("id") String id) {
        return viewed(desk.show(caller.require(), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "editUpdateNotice", summary = "Change a draft")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UpdateNoticeView")))
    @APIResponse(responseCode = "409", description = "not-a-draft, or stale-version")
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid Fields body) {
        RequestBody.require(body);
        return viewed(desk.edit(caller.require(), id, body.changed(), ReadVersion.of(body.revision(), ifMatch)));
    }

    @GET
    @Path("{id}/reach")
    @Operation(operationId = "updateNoticeReach", summary = "Who the notice reaches, and the licensed companies it misses")
    @APIResponse(responseCode = "200", description = "The reach",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UpdateNoticeReach")))
    public ReachView reach(@PathParam("id") String id) {
        return ReachView.of(desk.reach(caller.require(), id));
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "previewUpdateNotice", summary = "The notice's HTML as Mailchimp gets it")
    @APIResponse(responseCode = "200", description = "Sanitized HTML with the unsubscribe footer")
    public Response preview(@PathParam("id") String id) {
        NoticeContent content = desk.preview(caller.require(), id);
        // shown in a sandboxed frame by the console, never as a page of the portal's own origin
        return Response.ok(content.html()).header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "testUpdateNotice", summary = "Mailchimp sends the notice to these addresses")
    @APIResponse(responseCode = "202", description = "Mailchimp sends the test")
    @APIResponse(responseCode = "409", description = "mailchimp-refused (in Mailchimp's words) or mailchimp-unavailable")
    public Response test(@PathParam("id") String id, @Valid TestAddresses body) {
        RequestBody.require(body);
        desk.sendTest(caller.require(), id, body.emails);
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/sending")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendUpdateNotice", summary = "Send the notice now, or at a quarter hour")
    @APIResponse(responseCode = "202", description = "The notice, SENDING")
    @APIResponse(responseCode = "400", description = "at not on a quarter hour, or past")
    @APIResponse(responseCode = "409", description = "already-sent")
    public Response sending(@PathParam("id") String id, @Valid Sending body) {
        Instant at = body == null || body.at == null || body.at.isBlank() ? null : instant(body.at);
        UpdateNotice notice = desk.requestSending(caller.require(), id, at);
        // after the commit: the sender reads the notice as SENDING; the watch resumes it should this fail
        executor.submit(() -> sender.advance(notice.id()));
        return Response.accepted(UpdateNoticeView.of(notice)).build();
    }

    /** The notice with its revision as the ETag, for If-Match on its next change. */
    private static Response viewed(UpdateNotice notice) {
        return Response.ok(UpdateNoticeView.of(notice)).tag(ReadVersion.etag(notice.version())).build();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "at is a UTC time such as 2026-03-01T10:15:00Z");
        }
    }
}
