package org.memberportal.application.agent;

public interface BootstrapAgentUseCase {

    /**
     * Creates the first support agent when the portal has none, so a new installation can be
     * administered at all. Returns whether an agent was created; a password the policy refuses
     * is refused ({@code weak-password}).
     */
    boolean ensureFirstAgent(String email, char[] password);
}
