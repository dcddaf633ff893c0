package org.memberportal.rest.config;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.application.lifecycle.PortalEnvironment;

/**
 * Stops a production start that lacks a setting it must have, before anything else runs (the first
 * agent, the relay, the schedules): one log line per missing setting, then the start fails.
 */
@ApplicationScoped
public class ProductionGate {

    private static final Logger LOG = Logger.getLogger(ProductionGate.class.getName());

    @Inject
    Config config;

    @Inject
    PortalEnvironment environment;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DatabaseReady ready) {
        if (!environment.isProduction()) {
            return;
        }
        List<String> refusals = ProductionSettings.from(config).refusals();
        refusals.forEach(LOG::severe);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("PORTAL_ENVIRONMENT is production and " + refusals.size()
                    + " setting(s) it needs are missing (see the lines above)");
        }
    }
}
