package org.memberportal.rest.audit;

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

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.ListAuditEventsUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

@Path("admin/audit-events")
@Tag(name = "Admin: audit", description = "Agents: who did what, when")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    @Inject
    ListAuditEventsUseCase audit;

    @Inject
    CurrentCaller caller;

    public record AuditEventView(String id, Instant at, String actor, String action, String companyId,
            String subject, String details) {
        static AuditEventView of(AuditEvent event) {
            return new AuditEventView(event.id(), event.at(), event.actor(), event.action(),
                    event.companyId() == null ? null : event.companyId().value(), event.subject(), event.details());
        }
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Audit events, newest first")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEventPage")))
    public ListPage<AuditEventView> list(@QueryParam("companyId") String companyId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        CompanyId company = companyId == null || companyId.isBlank() ? null : new CompanyId(companyId);
        return ListPage.of(audit.list(caller.require(), company, Cursor.page(cursor, limit)), AuditEventView::of);
    }
}
