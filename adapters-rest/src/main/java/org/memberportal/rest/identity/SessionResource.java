package org.memberportal.rest.identity;

import java.net.URI;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
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

import org.memberportal.application.identity.LogInUseCase;
import org.memberportal.application.identity.LogInUseCase.IssuedSession;
import org.memberportal.application.identity.LogInUseCase.LogInCommand;
import org.memberportal.application.identity.LogOutUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.security.Public;

@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    LogInUseCase logIn;

    @Inject
    LogOutUseCase logOut;

    @Inject
    CurrentCaller caller;

    /** Request bodies are classes, not records: see {@code RequestBody}. */
    public static class LogInRequest implements RequestBody {
        @NotBlank
        @Size(max = 254)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String email;

        @NotBlank
        @Size(max = 1024)
        public String password;
    }

    public record SessionView(String token, Instant expiresAt, CallerView account) {
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logIn(@Valid LogInRequest body, @Context HttpServletRequest request) {
        RequestBody.require(body);
        IssuedSession session = logIn.logIn(new LogInCommand(body.email, body.password.toCharArray(),
                request.getRemoteAddr()));
        return Response.created(URI.create("sessions/current"))
                .entity(new SessionView(session.token().value(), session.expiresAt(), CallerView.of(session.caller())))
                .build();
    }

    @DELETE
    @Path("current")
    public Response logOut() {
        caller.require();
        caller.token().ifPresent(logOut::logOut);
        return Response.noContent().build();
    }
}
