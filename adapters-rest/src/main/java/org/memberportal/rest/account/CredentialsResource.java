package org.memberportal.rest.account;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.memberportal.application.account.ActivateAccountUseCase;
import org.memberportal.application.account.ResetPasswordUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.Public;

/** Passwords through e-mailed links; no session needed. */
@Path("")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    private static final Logger LOG = Logger.getLogger(CredentialsResource.class.getName());

    @Inject
    ActivateAccountUseCase activate;

    @Inject
    ResetPasswordUseCase passwordReset;

    @Resource
    ManagedExecutorService executor;

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
    public Response activate(@Valid TokenAndPassword body) {
        RequestBody.require(body);
        activate.activate(body.token, body.password.toCharArray());
        return Response.noContent().build();
    }

    /**
     * Always 202, at once: the work (a lookup, maybe a token and an e-mail) runs after the answer,
     * so neither its content nor its time tells whether the address has an account.
     */
    @POST
    @Path("password-resets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response forgot(@Valid ForgotPassword body) {
        RequestBody.require(body);
        String email = body.email;
        executor.execute(() -> {
            try {
                passwordReset.forgotPassword(email);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A password reset request could not be handled", e);
            }
        });
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reset(@Valid TokenAndPassword body) {
        RequestBody.require(body);
        passwordReset.resetPassword(body.token, body.password.toCharArray());
        return Response.noContent().build();
    }
}
