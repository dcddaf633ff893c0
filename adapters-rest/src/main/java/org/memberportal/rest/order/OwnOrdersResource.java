package org.memberportal.rest.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.order.ListOwnOrdersUseCase;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The orders the caller placed, newest first, with their state. */
@Tag(name = "Me")
@Path("me/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnOrdersResource {

    @Inject
    ListOwnOrdersUseCase listOwn;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listOwnOrders", summary = "The orders the caller placed, newest first")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderPage")))
    public ListPage<OrderView> mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listOwn.mine(caller.require(), Cursor.page(cursor, limit)), OrderView::of);
    }
}
