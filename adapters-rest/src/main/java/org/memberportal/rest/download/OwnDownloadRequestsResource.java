package org.memberportal.rest.download;

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

import org.memberportal.application.download.ListOwnDownloadRequestsUseCase;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The caller's own download requests, and the links agents published to them, with their state. */
@Tag(name = "Me")
@Path("me/download-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnDownloadRequestsResource {

    @Inject
    ListOwnDownloadRequestsUseCase listOwn;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listOwnDownloadRequests", summary = "The caller's download requests and the links published to them")
    @APIResponse(responseCode = "200", description = "A page of download requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadRequestPage")))
    public ListPage<DownloadRequestView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listOwn.mine(caller.require(), Cursor.page(cursor, limit)), DownloadRequestView::of);
    }
}
