package org.memberportal.mailchimp.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An audience's merge fields (at most about 30 of them, so one page of 1000 holds them all). */
@Path("/lists/{listId}/merge-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MergeFieldsApi {

    @GET
    MergeFieldPage mergeFields(@PathParam("listId") String listId, @QueryParam("count") int count);

    @POST
    MergeField create(@PathParam("listId") String listId, MergeField field);
}
