package org.memberportal.rest.order;

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

import org.memberportal.application.order.PlaceOrderUseCase;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.OrderLine;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;

/** Orders of paid support services such as custom development (IT/Tech, Manager, Primary). */
@Path("companies/{cid}/service-orders")
@Tag(name = "Licenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceOrdersResource {

    @Inject
    PlaceOrderUseCase placeOrder;

    @Inject
    CurrentCaller caller;

    /** {@code {description}}. */
    public static class ServiceOrderBody implements RequestBody {
        @NotBlank
        @Size(max = OrderLine.MAX_DESCRIPTION_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String description;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "orderPaidService", summary = "Order a paid support service")
    @APIResponse(responseCode = "201", description = "The order, PLACED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "403", description = "The caller may not order paid services")
    public Response order(@PathParam("cid") String companyId, @Valid ServiceOrderBody body) {
        RequestBody.require(body);
        OrderLine line = Inputs.checked(() -> new OrderLine.Service(body.description));
        return Response.status(Response.Status.CREATED)
                .entity(OrderView.of(placeOrder.place(caller.require(), new CompanyId(companyId), line)))
                .build();
    }
}
