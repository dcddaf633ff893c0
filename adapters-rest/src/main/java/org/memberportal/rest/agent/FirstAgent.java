package org.memberportal.rest.agent;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.agent.BootstrapAgentUseCase;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

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
        } catch (Refusal weak) {
            if (weak.problem() == ProblemCode.WEAK_PASSWORD) {
                // the start-up fails: a first agent with a guessable password must not come up
                throw new IllegalStateException("PORTAL_BOOTSTRAP_AGENT_PASSWORD does not follow the password policy: "
                        + weak.getMessage(), weak);
            }
            return retry(bootstrap, email, password, weak);
        } catch (RuntimeException lostRace) {
            return retry(bootstrap, email, password, lostRace);
        }
    }

    private static boolean retry(BootstrapAgentUseCase bootstrap, String email, String password,
            RuntimeException lostRace) {
        LOG.info(() -> "Creating the first support agent failed (" + lostRace.getClass().getSimpleName()
                + "), most likely as another instance created it; asking again");
        return bootstrap.ensureFirstAgent(email, password.toCharArray());
    }
}
