package org.memberportal.rest.identity;

import org.memberportal.domain.agent.SupportAgent;

/**
 * An agent as other agents see them. {@code secondFactor} tells whether they have one on; no
 * agent has yet, the portal asks for no second factor so far.
 */
public record AgentView(String id, String fullName, String email, String status, SecondFactor secondFactor) {

    public record SecondFactor(boolean enabled) {
    }

    static AgentView of(SupportAgent agent) {
        return new AgentView(agent.id().value(), agent.fullName(), agent.email().value(), agent.status().name(),
                new SecondFactor(false));
    }
}
