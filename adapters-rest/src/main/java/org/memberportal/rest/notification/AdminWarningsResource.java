package org.memberportal.rest.notification;

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

import org.memberportal.application.warning.ListWarningsUseCase;
import org.memberportal.application.warning.ListWarningsUseCase.WarningEntry;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

@Path("admin/warnings")
@Tag(name = "Admin: companies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminWarningsResource {

    @Inject
    ListWarningsUseCase warnings;

    @Inject
    CurrentCaller caller;

    public record WarningItem(String id, String companyId, String companyName, String code, String message,
            Instant since, Instant clearedAt) {
        static WarningItem of(WarningEntry entry) {
            return new WarningItem(entry.id(), entry.companyId().value(), entry.companyName(), entry.warning().name(),
                    entry.warning().message(), entry.since(), entry.clearedAt());
        }
    }

    /** {@code ?open=true} for the warnings that hold now, {@code false} for cleared ones, none for all. */
    @GET
    @Operation(operationId = "listWarnings", summary = "Company warnings, open or all")
    @APIResponse(responseCode = "200", description = "A page of warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WarningPage")))
    public ListPage<WarningItem> list(@QueryParam("open") Boolean open, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(warnings.list(caller.require(), open, Cursor.page(cursor, limit)), WarningItem::of);
    }
}
