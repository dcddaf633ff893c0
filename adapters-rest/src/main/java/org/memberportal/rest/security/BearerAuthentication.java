package org.memberportal.rest.security;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.session.IdentifyCallerUseCase;
import org.memberportal.application.session.IdentifyCallerUseCase.Identified;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.problem.Problems;

/**
 * Turns {@code Authorization: Bearer <token>} into the caller, before any resource is matched. A
 * request without a valid token goes on as anonymous: public endpoints serve it, the others answer
 * 401 (see {@link AccessFilter}). A JAX-RS filter rather than a Jakarta Security authentication
 * mechanism: the portal decides access itself, from the caller and the capability matrix, and uses
 * no container role, while the container's bridge from such a mechanism to its realms cost each
 * request more than reading its session does.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";
    static final String COMPANY_HEADER = "X-Company-Id";
    private static final String COMPANY_PATH = "/api/v1/companies/";
    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    IdentifyCallerUseCase identifyCaller;

    /**
     * A token that could not be checked (the database is unreachable) is not the client's fault,
     * and no reason to treat it as anonymous (a 401 would tell it to log in again): 503.
     */
    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Identified> identified;
        try {
            Optional<CompanyId> named = companyNamed(servletRequest);
            identified = bearerToken(servletRequest).flatMap(token -> identifyCaller.identify(token, named));
        } catch (RuntimeException e) {
            // the cause's own stack is logged where it failed; one line here per refused request
            LOG.warning(() -> "A bearer token could not be checked; answering 503: " + e);
            request.abortWith(Response.fromResponse(Problems.response(Status.SERVICE_UNAVAILABLE, null,
                    "The portal cannot serve this request for a moment; try again shortly."))
                    .header("Retry-After", "5").build());
            return;
        }
        identified.ifPresent(found -> CurrentCaller.attach(servletRequest, found));
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

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
