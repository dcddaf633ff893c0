package org.memberportal.rest.http;

import java.util.Collections;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.lifecycle.DatabaseReady;

/** The client of a request as {@link ClientAddresses} sees it, with the trusted proxies of the configuration. */
@ApplicationScoped
public class RequestClients {

    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    private volatile ClientAddresses addresses;

    /** Reads the setting at start-up, so that a malformed one stops the start instead of a login. */
    void onDatabaseReady(@Observes DatabaseReady ready) {
        addresses();
    }

    public String of(HttpServletRequest request) {
        return addresses().clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    private ClientAddresses addresses() {
        ClientAddresses known = addresses;
        if (known == null) {
            try {
                known = ClientAddresses.trusting(trustedProxies);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("PORTAL_TRUSTED_PROXIES: " + e.getMessage(), e);
            }
            addresses = known;
        }
        return known;
    }
}
