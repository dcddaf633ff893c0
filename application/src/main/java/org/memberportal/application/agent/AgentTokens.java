package org.memberportal.application.agent;

import java.time.Instant;
import java.util.Optional;

import org.memberportal.domain.agent.AgentId;

/** The single-use links of agents (an invitation, a password reset); kept beside the accounts' (only hashes). */
public interface AgentTokens {

    enum Purpose {
        ACTIVATION, PASSWORD_RESET
    }

    void issue(String tokenHash, AgentId agent, Purpose purpose, Instant expiresAt);

    /**
     * Uses the token up if it was issued for this purpose, as {@code AccountTokens.redeem} does: one of
     * two concurrent uses wins.
     */
    Optional<AgentId> redeem(String tokenHash, Purpose purpose, Instant now);

    /** Makes every unused token of this agent and purpose unusable (a newer link replaces them). */
    void revokeAll(AgentId agent, Purpose purpose, Instant now);
}
