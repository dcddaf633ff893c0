package org.memberportal.application.agent;

import java.time.Instant;
import java.util.List;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

/** The agents as a team: what inviting and deactivating them needs beyond {@link SupportAgents}. */
public interface AgentRoster {

    /** Every agent in the order they were added, a page at a time. */
    Page<SupportAgent> page(PageRequest page);

    /**
     * The active agents, each locked until the transaction ends: of two agents deactivating each
     * other at once, the second waits and then sees the first one's change, so the two cannot
     * leave the portal without an active agent.
     */
    List<SupportAgent> lockActive();

    /** Saves the agent's status and password hash as they are now. */
    void update(SupportAgent agent);

    /** Ends every session of the agent: their next request is refused. */
    void endSessionsOf(AgentId agent, Instant now);
}
