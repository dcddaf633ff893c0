package org.memberportal.rest.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import org.memberportal.application.download.ListDownloadsUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.download.DownloadViews.DownloadLinkView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The download links the caller may see: a Primary all of the company's, IT/Tech and Manager those granted to them. */
@Path("companies/{cid}/downloads")
@Tag(name = "Licenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DownloadsResource {

    @Inject
    ListDownloadsUseCase listDownloads;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listDownloads", summary = "The download links the caller may see")
    @APIResponse(responseCode = "200", description = "A page of links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadLinkPage")))
    public ListPage<DownloadLinkView> list(@PathParam("cid") String companyId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(listDownloads.visible(caller.require(), new CompanyId(companyId),
                Cursor.page(cursor, limit)), DownloadLinkView::of);
    }
}
