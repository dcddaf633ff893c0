package org.memberportal.rest.order;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
@RequestScoped
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
    public ListPage<OrderView> list(@QueryParam("companyId") String companyId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listOrders.all(caller.require(),
                companyId == null || companyId.isBlank() ? null : new CompanyId(companyId),
                EnumParameter.of(Order.Status.class, "status", status), Cursor.page(cursor, limit)), OrderView::of);
    }

    @POST
    @Path("{id}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView fulfil(@PathParam("id") String orderId, FulfilmentBody body) {
        return OrderView.of(fulfil.fulfil(caller.require(), orderId, body == null ? null : body.expiresOn).order());
    }
}
