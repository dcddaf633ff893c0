package org.memberportal.mailchimp.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /ping}: answers when Mailchimp is up and the key is good. */
@Path("/ping")
@Produces(MediaType.APPLICATION_JSON)
public interface PingApi {

    @GET
    Health ping();

    record Health(@JsonbProperty("health_status") String healthStatus) {
    }
}
