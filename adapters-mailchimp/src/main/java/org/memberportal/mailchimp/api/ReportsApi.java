package org.memberportal.mailchimp.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A sent campaign's report. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportsApi {

    @GET
    @Path("/{campaignId}")
    Report report(@PathParam("campaignId") String campaignId);
}
