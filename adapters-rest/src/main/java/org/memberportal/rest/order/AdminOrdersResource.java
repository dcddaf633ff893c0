package org.memberportal.rest.order;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.order.FulfilOrderUseCase;
import org.memberportal.application.order.ListOrdersUseCase;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Agents see and fulfil the orders of every company. */
@Path("admin/orders")
@Tag(name = "Admin: orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminOrdersResource {

    @Inject
    ListOrdersUseCase listOrders;

    @Inject
    FulfilOrderUseCase fulfil;

    @Inject
    CurrentCaller caller;

    /**
     * {@code {expiresOn?}}: needed only for a license order of a product and kind the company has
     * no license of yet, which fulfilment then creates. The body may be left out otherwise.
     */
    public static class FulfilmentBody implements RequestBody {
        public LocalDate expiresOn;
    }

    @GET
    @Operation(operationId = "listOrders", summary = "Orders of every company")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderPage")))
    public ListPage<OrderView> list(@QueryParam("companyId") String companyId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listOrders.all(caller.require(),
                companyId == null || companyId.isBlank() ? null : new CompanyId(companyId),
                EnumParameter.of(Order.Status.class, "status", status), Cursor.page(cursor, limit)), OrderView::of);
    }

    @POST
    @Path("{id}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fulfilOrder", summary = "Fulfil an order")
    @APIResponse(responseCode = "200", description = "The order, FULFILLED; the orderer is e-mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderView")))
    @APIResponse(responseCode = "400", description = "expiry-needed: a new license needs expiresOn; or an invalid body")
    @APIResponse(responseCode = "409", description = "already-fulfilled; quantity-limit: the license would hold too many seats")
    public OrderView fulfil(@PathParam("id") String orderId, FulfilmentBody body) {
        return OrderView.of(fulfil.fulfil(caller.require(), orderId, body == null ? null : body.expiresOn).order());
    }
}
