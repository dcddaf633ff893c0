package org.memberportal.rest.identity;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.identity.BootstrapAgentUseCase;
import org.memberportal.application.lifecycle.DatabaseReady;

/** Creates the first agent from PORTAL_BOOTSTRAP_AGENT_EMAIL and _PASSWORD when there is none. */
@ApplicationScoped
public class FirstAgent {

    private static final Logger LOG = Logger.getLogger(FirstAgent.class.getName());

    @Inject
    BootstrapAgentUseCase bootstrap;

    @Inject
    @ConfigProperty(name = "portal.bootstrap.agent.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "portal.bootstrap.agent.password")
    Optional<String> password;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (bootstrap.ensureFirstAgent(email.get(), password.get().toCharArray())) {
            LOG.info(() -> "Created the first support agent, " + email.get());
        }
    }
}
