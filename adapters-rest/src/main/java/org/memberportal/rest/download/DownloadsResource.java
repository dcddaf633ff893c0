package org.memberportal.rest.download;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.memberportal.application.download.ListDownloadsUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.download.DownloadViews.DownloadLinkView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The download links the caller may see: a Primary all of the company's, IT/Tech and Manager those granted to them. */
@Path("companies/{cid}/downloads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DownloadsResource {

    @Inject
    ListDownloadsUseCase listDownloads;

    @Inject
    CurrentCaller caller;

    @GET
    public ListPage<DownloadLinkView> list(@PathParam("cid") String companyId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(listDownloads.visible(caller.require(), new CompanyId(companyId),
                Cursor.page(cursor, limit)), DownloadLinkView::of);
    }
}
