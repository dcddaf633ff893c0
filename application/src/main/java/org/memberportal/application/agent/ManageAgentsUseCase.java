package org.memberportal.application.agent;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

/** Agents keep their own team: list it, invite a colleague, deactivate one who left. */
public interface ManageAgentsUseCase {

    Page<SupportAgent> list(Caller caller, PageRequest page);

    /** A new agent pending activation; the activation link is e-mailed as members' are. */
    SupportAgent invite(Caller caller, String fullName, String email);

    /**
     * Deactivates the agent and ends their sessions at once; refuses with {@code last-agent}
     * for the last active one. Deactivating an agent twice changes nothing.
     */
    SupportAgent deactivate(Caller caller, AgentId agent);
}
