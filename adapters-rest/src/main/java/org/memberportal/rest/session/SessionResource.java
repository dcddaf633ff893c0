package org.memberportal.rest.session;

import java.net.URI;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.session.LogInUseCase;
import org.memberportal.application.session.LogInUseCase.IssuedSession;
import org.memberportal.application.session.LogInUseCase.LogInCommand;
import org.memberportal.application.session.LogOutUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.http.RequestClients;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.security.OpenDuringEnrolment;
import org.memberportal.rest.security.Public;
import org.memberportal.rest.problem.Problems;

@Path("sessions")
@Tag(name = "Sessions", description = "Logging in and out")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    LogInUseCase logIn;

    @Inject
    LogOutUseCase logOut;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestClients clients;

    /** Request bodies are classes, not records: see {@code RequestBody}. */
    public static class LogInRequest implements RequestBody {
        @NotBlank
        @Size(max = 254)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String email;

        @NotBlank
        @Size(max = 1024)
        public String password;

        /** The code of the second factor's app, where the account has one on. */
        @Size(max = 16)
        public String code;

        /** Instead of {@code code}: one of the second factor's recovery codes, each good once. */
        @Size(max = 32)
        public String recoveryCode;

        /** The device token an earlier sign-in to this account gave this client. */
        @Size(max = 64)
        public String deviceToken;
    }

    /** {@code deviceToken}: kept by the client and shown at its next sign-in to this account. */
    @Schema(name = "SessionView")
    public record SessionView(String token, Instant expiresAt, CallerView account, String deviceToken) {
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logIn", summary = "Log in: a bearer token for the other operations")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "201", description = "The session and the account it acts as",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SessionView")))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password, or an account that is not active (one answer"
            + " for all); second-factor-required: the password is right, and the account's second factor needs a code"
            + " (or a recovery code), which is missing or wrong (wrong counts as a failed login)")
    @APIResponse(responseCode = "429", description = "too-many-attempts: too many failed logins for this address or"
            + " client (a client showing the account's device token meets only its own limit)")
    public Response logIn(@Valid LogInRequest body, @Context HttpServletRequest request) {
        RequestBody.require(body);
        IssuedSession session = logIn.logIn(new LogInCommand(body.email, body.password.toCharArray(),
                clients.of(request), body.code, body.recoveryCode, body.deviceToken));
        return Response.created(URI.create("sessions/current"))
                .entity(new SessionView(session.token().value(), session.expiresAt(), CallerView.of(session.caller()),
                        session.deviceToken()))
                .build();
    }

    @DELETE
    @Path("current")
    @OpenDuringEnrolment
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "logOut", summary = "Log out: the token stops working")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logOut() {
        caller.requireAuthenticated();
        caller.token().ifPresent(logOut::logOut);
        return Response.noContent().build();
    }
}
