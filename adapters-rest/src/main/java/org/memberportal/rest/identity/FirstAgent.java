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
        if (ensureFirstAgent(bootstrap, email.get(), password.get())) {
            LOG.info(() -> "Created the first support agent, " + email.get());
        }
    }

    /**
     * Instances starting at once on an empty database may both find no agent and both insert one:
     * the database's unique key lets one win, and the loser, asking again, finds the winner's agent
     * instead of failing its start-up.
     */
    static boolean ensureFirstAgent(BootstrapAgentUseCase bootstrap, String email, String password) {
        try {
            return bootstrap.ensureFirstAgent(email, password.toCharArray());
        } catch (RuntimeException lostRace) {
            LOG.info(() -> "Creating the first support agent failed (" + lostRace.getClass().getSimpleName()
                    + "), most likely as another instance created it; asking again");
            return bootstrap.ensureFirstAgent(email, password.toCharArray());
        }
    }
}
