package org.memberportal.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.memberportal.application.identity.DescribeCallerUseCase;
import org.memberportal.rest.security.CurrentCaller;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    DescribeCallerUseCase describeCaller;

    @Inject
    CurrentCaller caller;

    @GET
    public CallerView me() {
        return CallerView.of(describeCaller.describe(caller.require()));
    }
}
