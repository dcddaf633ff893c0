package org.memberportal.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.session.CachedCallers;

/**
 * A request that may have changed something (any method but GET, HEAD and OPTIONS) answers only
 * once this instance's callers in memory know of every change committed so far: a member
 * deactivated, a level changed or a session ended counts from the very next request. The
 * resource's transaction has committed by the time response filters run.
 */
@Provider
@ApplicationScoped
public class ChangesCountAtOnce implements ContainerResponseFilter {

    @Inject
    CachedCallers callers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method)) {
            callers.catchUp();
        }
    }
}
