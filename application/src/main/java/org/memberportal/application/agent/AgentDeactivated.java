package org.memberportal.application.agent;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.agent.AgentId;

/** An agent left the team: what they held (their tickets) goes back to the others. */
public record AgentDeactivated(AgentId agent, Instant at) {

    public AgentDeactivated {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(at, "at");
    }
}
