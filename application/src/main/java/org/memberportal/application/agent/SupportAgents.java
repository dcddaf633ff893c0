package org.memberportal.application.agent;

import java.util.Optional;

import org.memberportal.application.account.AgentAddresses;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

public interface SupportAgents extends AgentAddresses {

    Optional<SupportAgent> find(AgentId id);

    @Override
    Optional<SupportAgent> findByEmail(EmailAddress email);

    boolean any();

    void add(SupportAgent agent);

    /** Writes an agent's status and password hash. */
    void update(SupportAgent agent);
}
