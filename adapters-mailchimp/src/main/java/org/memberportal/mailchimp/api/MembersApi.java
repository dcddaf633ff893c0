package org.memberportal.mailchimp.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An audience's members, each addressed by its subscriber hash. */
@Path("/lists/{listId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MembersApi {

    /** Mailchimp's {@code count} defaults to 10 and stops at 1000: always say it. */
    int MAX_PAGE = 1000;

    @GET
    MemberPage changedSince(@PathParam("listId") String listId, @QueryParam("since_last_changed") String since,
            @QueryParam("count") int count, @QueryParam("offset") int offset);

    @GET
    @Path("/{subscriberHash}")
    Member member(@PathParam("listId") String listId, @PathParam("subscriberHash") String subscriberHash);

    /** Deletes the member for good: the address can never be added again by the API (answers 204). */
    @POST
    @Path("/{subscriberHash}/actions/delete-permanent")
    void deletePermanently(@PathParam("listId") String listId, @PathParam("subscriberHash") String subscriberHash);
}
