package org.memberportal.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

import org.memberportal.application.account.ActivateAccountUseCase;
import org.memberportal.application.account.ForgotPasswordUseCase;
import org.memberportal.application.account.ResetPasswordUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.http.AnonymousWork;
import org.memberportal.rest.http.RequestClients;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.ChangesNoCaller;
import org.memberportal.rest.security.Public;
import org.memberportal.rest.problem.Problems;

/** Passwords through e-mailed links; no session needed. */
@Path("")
@Tag(name = "Credentials", description = "Activation and password resets (no session needed)")
@Public
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    @Inject
    RequestClients clients;

    @Inject
    ActivateAccountUseCase activate;

    @Inject
    ForgotPasswordUseCase forgotPassword;

    @Inject
    ResetPasswordUseCase passwordReset;

    @Inject
    AnonymousWork later;

    public static class TokenAndPassword implements RequestBody {
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String token;

        @NotBlank
        @Size(max = 1024)
        public String password;
    }

    public static class ForgotPassword implements RequestBody {
        @NotBlank
        @Size(max = 254)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String email;
    }

    @POST
    @Path("activations")
    @Consumes(MediaType.APPLICATION_JSON)
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "activateAccount", summary = "Activate an account with the link's token and a password")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "204", description = "Active: the person may log in")
    @APIResponse(responseCode = "400", description = "weak-password, or an invalid body")
    @APIResponse(responseCode = "410", description = "link-gone: the token is unknown, used or expired")
    public Response activate(@Valid TokenAndPassword body) {
        RequestBody.require(body);
        activate.activate(body.token, body.password.toCharArray());
        return Response.noContent().build();
    }

    /**
     * Always 202, at once: the work (a lookup, maybe a token and an e-mail) runs after the answer,
     * so neither its content nor its time tells whether the address has an account, nor whether
     * the request was one too many for the address or the client (then nothing is done). The work
     * waits in {@link AnonymousWork}'s bounded line; when that is full, 429 whatever the address.
     */
    @POST
    @Path("password-resets")
    @Consumes(MediaType.APPLICATION_JSON)
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password-reset e-mail")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "202", description = "Always, whether or not the address has an account")
    @APIResponse(responseCode = "429", description = "too-many-attempts: the portal is busy, whatever the address;"
            + " Retry-After says when to try again")
    @ChangesNoCaller
    public Response forgot(@Valid ForgotPassword body, @Context HttpServletRequest request) {
        RequestBody.require(body);
        String email = body.email;
        String client = clients.of(request);
        later.submit("A password reset request", () -> forgotPassword.forgotPassword(email, client));
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "resetPassword", summary = "Set a new password with a reset link's token")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "204", description = "The new password is set")
    @APIResponse(responseCode = "400", description = "weak-password, or an invalid body")
    @APIResponse(responseCode = "410", description = "link-gone: the token is unknown, used or expired")
    public Response reset(@Valid TokenAndPassword body) {
        RequestBody.require(body);
        passwordReset.resetPassword(body.token, body.password.toCharArray());
        return Response.noContent().build();
    }
}
