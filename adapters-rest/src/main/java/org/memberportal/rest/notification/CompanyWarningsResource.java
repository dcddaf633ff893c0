package org.memberportal.rest.notification;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.warning.ListCompanyWarningsUseCase;
import org.memberportal.application.warning.RaisedWarning;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The open warnings of the caller's company, for the members they reach by e-mail (Manager, Primary). */
@Path("companies/{cid}/warnings")
@Tag(name = "Staff")
@RequestScoped // its field holds the path's {cid}
@Produces(MediaType.APPLICATION_JSON)
public class CompanyWarningsResource {

    @Inject
    ListCompanyWarningsUseCase warnings;

    @Inject
    CurrentCaller caller;

    @PathParam("cid")
    String companyId;

    @Schema(name = "CompanyWarningView")
    public record CompanyWarningView(String code, String message, Instant since) {
        static CompanyWarningView of(RaisedWarning warning) {
            return new CompanyWarningView(warning.warning().name(), warning.warning().message(), warning.since());
        }
    }

    /** A handful at most (one per kind of warning), so one page. */
    @GET
    @Operation(operationId = "listCompanyWarnings", summary = "The open warnings of the caller's company")
    @APIResponse(responseCode = "200", description = "The open warnings, oldest first (one page)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CompanyWarningPage")))
    @APIResponse(responseCode = "403", description = "The caller's level does not receive the company's warnings")
    public ListPage<CompanyWarningView> open() {
        return new ListPage<>(warnings.open(caller.require(), new CompanyId(companyId)).stream()
                .map(CompanyWarningView::of).toList(), null);
    }
}
