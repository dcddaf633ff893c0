package org.memberportal.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.identity.DescribeCallerUseCase;
import org.memberportal.rest.security.CurrentCaller;

@Path("me")
@Tag(name = "Me", description = "The caller and their own things")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    DescribeCallerUseCase describeCaller;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is, with their capabilities")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CallerView")))
    public CallerView me() {
        return CallerView.of(describeCaller.describe(caller.require()));
    }
}
