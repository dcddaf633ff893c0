package org.memberportal.rest.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.session.ChangePasswordUseCase;
import org.memberportal.application.session.ChangePasswordUseCase.ChangePasswordCommand;
import org.memberportal.application.session.DescribeCallerUseCase;
import org.memberportal.application.session.LogOutUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.http.RequestClients;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.security.OpenDuringEnrolment;

@Path("me")
@Tag(name = "Me", description = "The caller and their own things")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    RequestClients clients;

    @Inject
    DescribeCallerUseCase describeCaller;

    @Inject
    ChangePasswordUseCase changePassword;

    @Inject
    LogOutUseCase logOut;

    @Inject
    CurrentCaller caller;

    /** Request bodies are classes, not records: see {@code RequestBody}. */
    public static class PasswordChange implements RequestBody {
        @NotBlank
        @Size(max = 1024)
        public String currentPassword;

        @NotBlank
        @Size(max = 1024)
        public String newPassword;
    }

    @GET
    @OpenDuringEnrolment
    @Operation(operationId = "getMe", summary = "Who the caller is, with their capabilities")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CallerView")))
    public CallerView me() {
        // a person of several companies who names none is still told who they are and where they work
        return caller.personActingForNoCompany()
                .map(person -> CallerView.of(describeCaller.describePerson(person)))
                .orElseGet(() -> CallerView.of(describeCaller.describe(caller.require())));
    }

    @POST
    @Path("password")
    @OpenDuringEnrolment
    @Consumes(MediaType.APPLICATION_JSON)
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "changeOwnPassword", summary = "A new password; every other session of the caller ends")
    @APIResponse(responseCode = "204", description = "Changed; this session keeps working; the person is e-mailed")
    @APIResponse(responseCode = "400", description = "weak-password: the new password breaks the password policy")
    @APIResponse(responseCode = "401", description = "The current password is wrong (counts as a failed login)")
    @APIResponse(responseCode = "429", description = "too-many-attempts: too many failed logins for this address or client")
    public Response changePassword(@Valid PasswordChange body, @Context HttpServletRequest request) {
        RequestBody.require(body);
        caller.requireAuthenticated();
        String token = caller.token().orElseThrow();
        changePassword.changePassword(new ChangePasswordCommand(token, body.currentPassword.toCharArray(),
                body.newPassword.toCharArray(), clients.of(request)));
        return Response.noContent().build();
    }

    @DELETE
    @Path("sessions")
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "logOutEverywhere", summary = "Sign out everywhere: every session of the caller ends")
    @APIResponse(responseCode = "204", description = "Every session of the caller ended, this one included")
    public Response logOutEverywhere() {
        caller.requireAuthenticated();
        caller.token().ifPresent(logOut::logOutEverywhere);
        return Response.noContent().build();
    }
}
