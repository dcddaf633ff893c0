package org.memberportal.rest.agent;

import org.memberportal.domain.agent.SupportAgent;

/** An agent as other agents see them. {@code secondFactor} tells whether they have one on. */
public record AgentView(String id, String fullName, String email, String status, SecondFactor secondFactor) {

    public record SecondFactor(boolean enabled) {
    }

    static AgentView of(SupportAgent agent, boolean secondFactor) {
        return new AgentView(agent.id().value(), agent.fullName(), agent.email().value(), agent.status().name(),
                new SecondFactor(secondFactor));
    }
}
