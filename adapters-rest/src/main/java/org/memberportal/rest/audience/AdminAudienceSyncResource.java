package org.memberportal.rest.audience;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.audience.ListSyncErrorsUseCase;
import org.memberportal.application.audience.SyncError;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Agents: the members Mailchimp refused for good; sent again once their data changes. */
@Path("admin/audience-sync")
@Tag(name = "Admin: jobs", description = "Agents: batch jobs and the audience sync")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAudienceSyncResource {

    @Inject
    ListSyncErrorsUseCase errors;

    @Inject
    CurrentCaller caller;

    public record SyncErrorView(String accountId, String companyId, String email, String reason, String error,
            Instant at) {

        static SyncErrorView of(SyncError error) {
            return new SyncErrorView(error.accountId().value(), error.companyId().value(), error.email().value(),
                    error.reason().name(), error.detail(), error.at());
        }
    }

    @GET
    @Path("errors")
    @Operation(operationId = "listAudienceSyncErrors", summary = "Members Mailchimp refused for good")
    @APIResponse(responseCode = "200", description = "A page of refusals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncErrorPage")))
    public ListPage<SyncErrorView> errors(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(errors.errors(caller.require(), Cursor.page(cursor, limit)), SyncErrorView::of);
    }
}
