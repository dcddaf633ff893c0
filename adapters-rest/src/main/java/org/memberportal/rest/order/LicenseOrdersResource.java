package org.memberportal.rest.order;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.order.PlaceOrderUseCase;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.order.OrderLine;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;

/** Orders of more computer or concurrent-connection licenses (IT/Tech, Manager, Primary). */
@Path("companies/{cid}/license-orders")
@Tag(name = "Licenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenseOrdersResource {

    @Inject
    PlaceOrderUseCase placeOrder;

    @Inject
    CurrentCaller caller;

    /** {@code {product, kind, quantity}}. */
    public static class LicenseOrderBody implements RequestBody {
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
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "orderLicenses", summary = "Order more computer or concurrent-connection licenses")
    @APIResponse(responseCode = "201", description = "The order, PLACED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "403", description = "The caller may not order licenses")
    public Response order(@PathParam("cid") String companyId, @Valid LicenseOrderBody body) {
        RequestBody.require(body);
        OrderLine line = Inputs.checked(() -> new OrderLine.Licenses(body.product, body.kind, body.quantity));
        return Response.status(Response.Status.CREATED)
                .entity(OrderView.of(placeOrder.place(caller.require(), new CompanyId(companyId), line)))
                .build();
    }
}
