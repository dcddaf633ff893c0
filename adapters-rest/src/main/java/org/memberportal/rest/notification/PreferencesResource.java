package org.memberportal.rest.notification;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ManagePreferencesUseCase;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferenceChange;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferencesAnswer;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.WarningView;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The caller's own mailing preferences (docs/rules.md, opt-in preferences) and their consent history. */
@Path("me/preferences")
@Tag(name = "Me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    @Inject
    ManagePreferencesUseCase preferences;

    @Inject
    CurrentCaller caller;

    /** {@code {newsletter, updateNotices, version}}; the version may come as If-Match instead. */
    public static class PreferencesBody implements RequestBody {
        @Schema(required = true)
        public Boolean newsletter;
        @Schema(required = true)
        public Boolean updateNotices;
        public Long version;
    }

    public record Audience(boolean eligible, boolean subscribed) {
    }

    /**
     * {@code confirmationPending}: the person opted in after unsubscribing through Mailchimp, and
     * Mailchimp sends them an e-mail to confirm. {@code addressCleaned}: Mailchimp's e-mails to the
     * address bounced. {@code warnings}: those this change raised for the company.
     */
    @Schema(name = "PreferencesView")
    public record PreferencesView(Audience newsletter, Audience updateNotices, long version,
            boolean confirmationPending, boolean addressCleaned, List<WarningView> warnings) {

        public static PreferencesView of(PreferencesAnswer answer) {
            return new PreferencesView(new Audience(answer.newsletterEligible(), answer.newsletter()),
                    new Audience(answer.updateNoticesEligible(), answer.updateNotices()), answer.version(),
                    answer.confirmationPending(), answer.addressCleaned(), WarningView.of(answer.warnings()));
        }
    }

    public record ConsentView(String id, Instant at, String source, boolean newsletter, boolean updateNotices,
            boolean confirmationPending, boolean addressCleaned, String note) {

        public static ConsentView of(ConsentChange change) {
            return new ConsentView(change.id(), change.at(), change.source().name(), change.newsletter(),
                    change.updateNotices(), change.confirmationPending(), change.addressCleaned(), change.note());
        }
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "The caller's mailing preferences")
    @APIResponse(responseCode = "200", description = "The preferences; ETag is the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PreferencesView")))
    public Response get() {
        return answer(preferences.preferences(caller.require()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePreferences", summary = "Change the caller's mailing preferences")
    @APIResponse(responseCode = "200", description = "The new preferences, with the warnings the change raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PreferencesView")))
    @APIResponse(responseCode = "409", description = "not-eligible: the level is not eligible for that audience; stale-version: changed meanwhile")
    public Response change(@HeaderParam("If-Match") String ifMatch, PreferencesBody body) {
        RequestBody.require(body);
        if (body.newsletter == null || body.updateNotices == null) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say both: newsletter and updateNotices, true or false.");
        }
        long version = ReadVersion.of(body.version, ifMatch);
        return answer(preferences.change(caller.require(),
                new PreferenceChange(body.newsletter, body.updateNotices, version)));
    }

    @GET
    @Path("history")
    @Operation(operationId = "listConsentHistory", summary = "The caller's consent history")
    @APIResponse(responseCode = "200", description = "A page of consent changes, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConsentPage")))
    public ListPage<ConsentView> history(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(preferences.history(caller.require(), Cursor.page(cursor, limit)), ConsentView::of);
    }

    private static Response answer(PreferencesAnswer answer) {
        return Response.ok(PreferencesView.of(answer)).tag(ReadVersion.etag(answer.version())).build();
    }
}
