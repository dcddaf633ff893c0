package org.memberportal.rest.security;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.session.CachedCallers;

/**
 * A request that may have changed something (any method but GET, HEAD and OPTIONS) answers only
 * once this instance's callers in memory know of every change committed so far: a member
 * deactivated, a level changed or a session ended counts from the very next request. The
 * resource's transaction has committed by the time response filters run.
 *
 * <p>Catching up is a round trip to every instance through the database, so an anonymous request
 * whose answer changed no caller does without it: one marked {@link ChangesNoCaller}, and one
 * refused (a wrong password, a link gone, a busy portal), whose work either rolled back or wrote
 * only counters and the audit log, which no caller is read from. Otherwise a flood of cheap
 * anonymous requests would cost every instance a round trip each.
 */
@Provider
@ApplicationScoped
public class ChangesCountAtOnce implements ContainerResponseFilter {

    @Inject
    CachedCallers callers;

    @Inject
    CurrentCaller currentCaller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        if (changedNoCaller(response.getStatus())) {
            return;
        }
        callers.catchUp();
    }

    private boolean changedNoCaller(int status) {
        Method matched = resource.getResourceMethod();
        if (matched != null && matched.isAnnotationPresent(ChangesNoCaller.class)) {
            return true;
        }
        return status >= 400 && !currentCaller.isAuthenticated();
    }
}
