package org.memberportal.rest.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.download.PublishDownloadUseCase;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.security.CurrentCaller;

/** Agents publish a download link without a request: to one account, or to the company's IT/Manager/Primary accounts. */
@Tag(name = "Admin: orders")
@Path("admin/companies/{cid}/downloads")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCompanyDownloadsResource {

    @Inject
    PublishDownloadUseCase publishDownload;

    @Inject
    CurrentCaller caller;

    /** {@code {product, url, accountId?}}. */
    public static class PublishBody implements RequestBody {
        @NotBlank
        @Size(max = License.MAX_PRODUCT_LENGTH)
        public String product;

        @NotBlank
        @Size(max = WebLink.MAX_LENGTH)
        public String url;

        @Size(max = 36)
        public String accountId;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishDownload", summary = "Publish a download link to one account or to the company's IT/Manager/Primary accounts")
    @APIResponse(responseCode = "201", description = "The published link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadRequestView")))
    @APIResponse(responseCode = "404", description = "No such company or account")
    @APIResponse(responseCode = "409", description = "not-eligible: the account's level or status receives no download links")
    public Response publish(@PathParam("cid") String companyId, @Valid PublishBody body) {
        RequestBody.require(body);
        AccountId account = body.accountId == null || body.accountId.isBlank() ? null : new AccountId(body.accountId);
        return Response.status(Response.Status.CREATED)
                .entity(DownloadRequestView.of(publishDownload.publish(caller.require(), new CompanyId(companyId),
                        body.product, body.url, account)))
                .build();
    }
}
