package org.memberportal.rest.ticket;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.agent.ManageAgentsUseCase;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.identity.Caller;

/** The support team's names, for the assignee of tickets an agent reads (a team of tens, read whole). */
@ApplicationScoped
public class AgentNames {

    @Inject
    ManageAgentsUseCase agents;

    /** Every agent's name by id; null for a member, who is never shown who handles a ticket. */
    Map<AgentId, String> forCaller(Caller caller) {
        if (!caller.isAgent()) {
            return null;
        }
        Map<AgentId, String> names = new HashMap<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (request != null) {
            Page<SupportAgent> page = agents.list(caller, request);
            page.items().forEach(agent -> names.put(agent.id(), agent.fullName()));
            request = page.next() == null ? null : new PageRequest(page.next(), PageRequest.MAX_LIMIT);
        }
        return names;
    }
}
