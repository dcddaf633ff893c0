package org.memberportal.rest.license;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.license.IssueLicenseUseCase;
import org.memberportal.application.license.IssueLicenseUseCase.NewLicense;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;

@Path("admin/companies/{cid}/licenses")
@Tag(name = "Admin: companies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminLicensesResource {

    @Inject
    IssueLicenseUseCase issueLicense;

    @Inject
    CurrentCaller caller;

    /** {@code {product, kind, quantity, expiresOn}}. */
    public static class NewLicenseBody implements RequestBody {
        @NotBlank
        @Size(max = License.MAX_PRODUCT_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String product;

        @NotNull
        @Schema(required = true)
        public LicenseKind kind;

        @NotNull
        @Schema(required = true)
        @Min(1)
        @Max(License.MAX_QUANTITY)
        public Integer quantity;

        @NotNull
        @Schema(required = true)
        public LocalDate expiresOn;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueLicense", summary = "Issue a license: key and activation codes are generated")
    @APIResponse(responseCode = "201", description = "The license with its key and activation codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedLicenseView")))
    public Response issue(@PathParam("cid") String companyId, @Valid NewLicenseBody body) {
        RequestBody.require(body);
        License license = issueLicense.issue(caller.require(), new CompanyId(companyId),
                new NewLicense(body.product, body.kind, body.quantity, body.expiresOn));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED).entity(LicenseViews.IssuedLicenseView.of(license))
                .cacheControl(noStore).build();
    }
}
