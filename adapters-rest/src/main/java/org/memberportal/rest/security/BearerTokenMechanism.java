package org.memberportal.rest.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.memberportal.application.identity.IdentifyCallerUseCase;
import org.memberportal.application.identity.IdentifyCallerUseCase.Identified;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

/**
 * Turns {@code Authorization: Bearer <token>} into the caller. A request without a valid token
 * goes on as anonymous: public endpoints serve it, the others answer 401 (see {@link AccessFilter}).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";
    static final String COMPANY_HEADER = "X-Company-Id";
    private static final String COMPANY_PATH = "/api/v1/companies/";
    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());

    @Inject
    IdentifyCallerUseCase identifyCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<Identified> identified;
        try {
            Optional<CompanyId> named = companyNamed(request);
            identified = bearerToken(request).flatMap(token -> identifyCaller.identify(token, named));
        } catch (RuntimeException e) {
            return unavailable(response, e);
        }
        if (identified.isEmpty()) {
            return context.doNothing();
        }
        CurrentCaller.attach(request, identified.get());
        return context.notifyContainerAboutLogin(new CallerPrincipal(nameOf(identified.get())),
                Set.of(identified.get().caller().map(BearerTokenMechanism::roleOf).orElse("MEMBER")));
    }

    /**
     * The company a request acts for (docs/api.md, one person, several companies): the one in its
     * path, else the one its {@code X-Company-Id} header names.
     */
    static Optional<CompanyId> companyNamed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(COMPANY_PATH)) {
            String rest = path.substring(COMPANY_PATH.length());
            int end = rest.indexOf('/');
            String id = end < 0 ? rest : rest.substring(0, end);
            if (!id.isBlank()) {
                return Optional.of(new CompanyId(id));
            }
        }
        String header = request.getHeader(COMPANY_HEADER);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(new CompanyId(header.strip()));
    }

    /**
     * The token could not be checked (the database is unreachable): not the client's fault, and
     * not a reason to treat it as anonymous (a 401 would tell it to log in again). The answer is
     * written and committed here, as the container gives a failed authentication no body.
     */
    private static AuthenticationStatus unavailable(HttpServletResponse response, RuntimeException cause) {
        // the cause's own stack is logged where it failed; one line here per refused request
        LOG.warning(() -> "A bearer token could not be checked; answering 503: " + cause);
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Service Unavailable")
                    .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                    .add("detail", "The portal cannot serve this request for a moment; try again shortly.")
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine(() -> "The client went away before the 503 was written: " + e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static String nameOf(Identified identified) {
        Optional<Caller> caller = identified.caller();
        if (caller.isPresent() && caller.get() instanceof Caller.Agent agent) {
            return agent.agentId().value();
        }
        return identified.person().orElseThrow().value();
    }

    private static String roleOf(Caller caller) {
        return caller.isAgent() ? "AGENT" : "MEMBER";
    }
}
