package org.memberportal.rest.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import org.memberportal.application.download.GrantDownloadUseCase;
import org.memberportal.application.download.ListDownloadsUseCase;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Agents see the requests for download links and grant them. */
@Path("admin/download-requests")
@Tag(name = "Admin: orders", description = "Agents: orders, download requests and live sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDownloadRequestsResource {

    @Inject
    ListDownloadsUseCase listDownloads;

    @Inject
    GrantDownloadUseCase grantDownload;

    @Inject
    CurrentCaller caller;

    /** {@code {url}}: an http or https URL. */
    public static class GrantBody implements RequestBody {
        @NotBlank
        @Size(max = WebLink.MAX_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String url;
    }

    @GET
    @Operation(operationId = "listDownloadRequests", summary = "Download requests of every company")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadRequestPage")))
    public ListPage<DownloadRequestView> list(@QueryParam("companyId") String companyId,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(listDownloads.all(caller.require(),
                companyId == null || companyId.isBlank() ? null : new CompanyId(companyId),
                EnumParameter.of(DownloadRequest.Status.class, "status", status), Cursor.page(cursor, limit)),
                DownloadRequestView::of);
    }

    @POST
    @Path("{id}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantDownloadRequest", summary = "Grant a download request with its link")
    @APIResponse(responseCode = "200", description = "The request, GRANTED; the asker is e-mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadRequestView")))
    @APIResponse(responseCode = "409", description = "already-granted")
    public DownloadRequestView grant(@PathParam("id") String requestId, @Valid GrantBody body) {
        RequestBody.require(body);
        return DownloadRequestView.of(grantDownload.grant(caller.require(), requestId, body.url));
    }
}
