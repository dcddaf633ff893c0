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

/** Campaigns: none of these calls is idempotent on Mailchimp's side but the reads and the content. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CampaignsApi {

    /** Mailchimp's {@code count} stops at 1000. */
    int MAX_PAGE = 1000;

    @POST
    Campaign create(CampaignBody body);

    /** The list's campaigns created at or after a time, oldest first. */
    @GET
    CampaignPage list(@QueryParam("list_id") String listId, @QueryParam("since_create_time") String since,
            @QueryParam("count") int count, @QueryParam("offset") int offset);

    @GET
    @Path("/{campaignId}")
    Campaign campaign(@PathParam("campaignId") String campaignId);

    @PUT
    @Path("/{campaignId}/content")
    CampaignContent content(@PathParam("campaignId") String campaignId, CampaignContent content);

    @GET
    @Path("/{campaignId}/send-checklist")
    Checklist checklist(@PathParam("campaignId") String campaignId);

    /** Answers 204. */
    @POST
    @Path("/{campaignId}/actions/test")
    void test(@PathParam("campaignId") String campaignId, TestSend body);

    /** Answers 204; a campaign sending or sent already is refused with 400. */
    @POST
    @Path("/{campaignId}/actions/send")
    void send(@PathParam("campaignId") String campaignId);

    /** Answers 204; {@code schedule_time} on a quarter hour, UTC. */
    @POST
    @Path("/{campaignId}/actions/schedule")
    void schedule(@PathParam("campaignId") String campaignId, Schedule body);
}
