package org.memberportal.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.agent.SupportAgents;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.identity.Caller;

/** Only the first agent is ever due a change: its password came from the start-up's settings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuePasswordChange implements PasswordChangeDueUseCase {

    private final SupportAgents agents;

    protected DuePasswordChange() {
        this(null); // for the CDI proxy
    }

    @Inject
    public DuePasswordChange(SupportAgents agents) {
        this.agents = agents;
    }

    @Override
    public boolean mustChangePasswordFirst(Caller caller) {
        return caller instanceof Caller.Agent agent
                && agents.find(agent.agentId()).map(SupportAgent::passwordChangeDue).orElse(false);
    }
}
