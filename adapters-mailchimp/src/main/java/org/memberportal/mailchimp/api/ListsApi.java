package org.memberportal.mailchimp.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An audience ("list") and its batch subscribe: up to 500 members added or updated in one call. */
@Path("/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ListsApi {

    @GET
    @Path("/{listId}")
    AudienceList list(@PathParam("listId") String listId);

    @POST
    @Path("/{listId}")
    BatchAnswer batchSubscribe(@PathParam("listId") String listId, BatchRequest request);
}
