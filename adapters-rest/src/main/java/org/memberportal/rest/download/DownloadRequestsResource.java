package org.memberportal.rest.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

import org.memberportal.application.download.RequestDownloadUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.security.CurrentCaller;

/** IT/Tech and Manager ask for a product's download link. */
@Path("companies/{cid}/download-requests")
@Tag(name = "Licenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DownloadRequestsResource {

    @Inject
    RequestDownloadUseCase requestDownload;

    @Inject
    CurrentCaller caller;

    /** {@code {product}}. */
    public static class DownloadRequestBody implements RequestBody {
        @NotBlank
        @Size(max = License.MAX_PRODUCT_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String product;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestDownload", summary = "Ask for a product's download link")
    @APIResponse(responseCode = "201", description = "The request, REQUESTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DownloadRequestView")))
    @APIResponse(responseCode = "403", description = "The caller may not ask for download links")
    @APIResponse(responseCode = "409", description = "already-requested: that product is requested or granted already")
    public Response request(@PathParam("cid") String companyId, @Valid DownloadRequestBody body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(DownloadRequestView.of(requestDownload.request(caller.require(), new CompanyId(companyId),
                        body.product)))
                .build();
    }
}
