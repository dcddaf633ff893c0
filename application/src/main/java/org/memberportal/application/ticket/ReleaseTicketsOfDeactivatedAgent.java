package org.memberportal.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.agent.AgentDeactivated;

/** A deactivated agent's tickets go back to the unassigned queue, in the deactivation's transaction. */
@ApplicationScoped
public class ReleaseTicketsOfDeactivatedAgent {

    private final Tickets tickets;

    protected ReleaseTicketsOfDeactivatedAgent() {
        this(null); // for the CDI proxy
    }

    @Inject
    public ReleaseTicketsOfDeactivatedAgent(Tickets tickets) {
        this.tickets = tickets;
    }

    public void release(@Observes AgentDeactivated deactivated) {
        tickets.unassignAllOf(deactivated.agent(), deactivated.at());
    }
}
