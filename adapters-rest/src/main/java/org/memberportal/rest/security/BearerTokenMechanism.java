package org.memberportal.rest.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.memberportal.application.identity.IdentifyCallerUseCase;
import org.memberportal.domain.identity.Caller;

/**
 * Turns {@code Authorization: Bearer <token>} into the caller. A request without a valid token
 * goes on as anonymous: public endpoints serve it, the others answer 401 (see {@link AccessFilter}).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    @Inject
    IdentifyCallerUseCase identifyCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<Caller> caller = bearerToken(request).flatMap(identifyCaller::identify);
        if (caller.isEmpty()) {
            return context.doNothing();
        }
        CurrentCaller.attach(request, caller.get());
        return context.notifyContainerAboutLogin(new CallerPrincipal(nameOf(caller.get())), Set.of(roleOf(caller.get())));
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static String nameOf(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return member.accountId().value();
        }
        return ((Caller.Agent) caller).agentId().value();
    }

    private static String roleOf(Caller caller) {
        return caller.isAgent() ? "AGENT" : "MEMBER";
    }
}
