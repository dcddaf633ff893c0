package org.memberportal.mailchimp.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An audience's interest categories and their interests (the groups a member opts into). */
@Path("/lists/{listId}/interest-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InterestCategoriesApi {

    @GET
    CategoryPage categories(@PathParam("listId") String listId, @QueryParam("count") int count);

    @POST
    Category createCategory(@PathParam("listId") String listId, Category category);

    @GET
    @Path("/{categoryId}/interests")
    InterestPage interests(@PathParam("listId") String listId, @PathParam("categoryId") String categoryId,
            @QueryParam("count") int count);

    @POST
    @Path("/{categoryId}/interests")
    Interest createInterest(@PathParam("listId") String listId, @PathParam("categoryId") String categoryId,
            Interest interest);
}
