package org.memberportal.persistence.agent;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the agents' repository on their own entity manager. */
public final class JpaSupportAgentsAccess {

    private JpaSupportAgentsAccess() {
    }

    public static JpaSupportAgents of(EntityManager em) {
        JpaSupportAgents agents = new JpaSupportAgents();
        agents.em = em;
        return agents;
    }
}
