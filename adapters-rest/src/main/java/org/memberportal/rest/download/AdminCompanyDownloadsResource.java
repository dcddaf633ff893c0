package org.memberportal.rest.download;

import jakarta.enterprise.context.RequestScoped;
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

import org.memberportal.application.download.PublishDownloadUseCase;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.security.CurrentCaller;

/** Agents publish a download link without a request: to one account, or to the company's IT/Manager/Primary accounts. */
@Path("admin/companies/{cid}/downloads")
@RequestScoped
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
    public Response publish(@PathParam("cid") String companyId, @Valid PublishBody body) {
        RequestBody.require(body);
        AccountId account = body.accountId == null || body.accountId.isBlank() ? null : new AccountId(body.accountId);
        return Response.status(Response.Status.CREATED)
                .entity(DownloadRequestView.of(publishDownload.publish(caller.require(), new CompanyId(companyId),
                        body.product, body.url, account)))
                .build();
    }
}
