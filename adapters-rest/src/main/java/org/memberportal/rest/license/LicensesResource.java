package org.memberportal.rest.license;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.license.ListLicensesUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** A company's licenses, in the view the caller's capabilities allow. */
@Path("companies/{cid}/licenses")
@Tag(name = "Licenses", description = "Licenses, orders and download links of the caller's company")
@RequestScoped // its field holds the path's {cid}
@Produces(MediaType.APPLICATION_JSON)
public class LicensesResource {

    @Inject
    ListLicensesUseCase listLicenses;

    @Inject
    CurrentCaller caller;

    @PathParam("cid")
    String companyId;

    @GET
    @Operation(operationId = "listLicenses", summary = "The company's licenses, as much as the caller's level shows")
    @APIResponse(responseCode = "200", description = "A page of licenses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LicensePage")))
    @APIResponse(responseCode = "403", description = "Basic accounts see no license information")
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        ListPage<LicenseViews.LicenseView> page = ListPage.of(listLicenses.list(caller.require(),
                new CompanyId(companyId), Cursor.page(cursor, limit)), LicenseViews::of);
        // a Primary's answer holds license keys: no cache may keep it
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }
}
