package org.memberportal.rest.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.secondfactor.DescribeSecondFactorUseCase;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.session.PasswordChangeDueUseCase;
import org.memberportal.domain.identity.Caller;
import org.memberportal.rest.problem.Problems;

/**
 * Every endpoint needs a session unless marked {@link Public}; every resource under
 * {@code admin} is for agents only; whoever must have a second factor and has none on yet reaches
 * only what is {@link OpenDuringEnrolment}, and so does the first agent until it has chosen its own
 * password. Decided on the matched resource class and method, so
 * no spelling of a path can slip past.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DescribeSecondFactorUseCase secondFactor;

    @Inject
    PasswordChangeDueUseCase passwordChange;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Caller caller = currentCaller.get().orElse(null);
        if (!currentCaller.isAuthenticated()) {
            request.abortWith(Response.fromResponse(
                    Problems.response(Status.UNAUTHORIZED, null, "Log in first: this needs a bearer token."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        } else if (isForAgents() && (caller == null || !caller.isAgent())) {
            request.abortWith(Problems.response(Status.FORBIDDEN, null, "Only support agents may use this."));
        } else if (caller == null) {
            // a person whose request names no company of theirs has no level to gate on: whatever
            // needs a company refuses them itself (400 company-needed or 404), the rest is their own
        } else if (!isOpenDuringEnrolment() && passwordChange.mustChangePasswordFirst(caller)) {
            request.abortWith(Problems.response(Status.FORBIDDEN, ProblemCode.PASSWORD_CHANGE_REQUIRED,
                    "The first agent's password came from the settings: choose your own first (POST /api/v1/me/password)."));
        } else if (!isOpenDuringEnrolment() && secondFactor.mustEnrolFirst(caller)) {
            request.abortWith(Problems.response(Status.FORBIDDEN, ProblemCode.SECOND_FACTOR_ENROLMENT_REQUIRED,
                    "This account must sign in with a second factor: switch one on first (POST /api/v1/me/second-factor)."));
        }
    }

    private boolean isOpenDuringEnrolment() {
        return resource.getResourceMethod().isAnnotationPresent(OpenDuringEnrolment.class)
                || resource.getResourceClass().isAnnotationPresent(OpenDuringEnrolment.class);
    }

    private boolean isPublic() {
        return resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
    }

    private boolean isForAgents() {
        Path path = resource.getResourceClass().getAnnotation(Path.class);
        if (path == null) {
            return false;
        }
        String value = path.value().startsWith("/") ? path.value().substring(1) : path.value();
        return value.equals("admin") || value.startsWith("admin/");
    }
}
