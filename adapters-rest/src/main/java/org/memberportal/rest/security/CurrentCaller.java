package org.memberportal.rest.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;

/** The caller of the current request, as the authentication mechanism recognised them. */
@RequestScoped
public class CurrentCaller {

    private static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    HttpServletRequest request;

    static void attach(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    public Optional<Caller> get() {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    public Caller require() {
        return get().orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "Log in first."));
    }

    /** The bearer token of this request, for logging out. */
    public Optional<String> token() {
        return BearerTokenMechanism.bearerToken(request);
    }
}
