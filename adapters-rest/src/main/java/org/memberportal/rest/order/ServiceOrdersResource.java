package org.memberportal.rest.order;

import jakarta.enterprise.context.RequestScoped;
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

import org.memberportal.application.order.PlaceOrderUseCase;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.OrderLine;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;

/** Orders of paid support services such as custom development (IT/Tech, Manager, Primary). */
@Path("companies/{cid}/service-orders")
@RequestScoped
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
    public Response order(@PathParam("cid") String companyId, @Valid ServiceOrderBody body) {
        RequestBody.require(body);
        OrderLine line = Inputs.checked(() -> new OrderLine.Service(body.description));
        return Response.status(Response.Status.CREATED)
                .entity(OrderView.of(placeOrder.place(caller.require(), new CompanyId(companyId), line)))
                .build();
    }
}
