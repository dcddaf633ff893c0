package org.memberportal.application.agent;

import java.time.Instant;
import java.util.Optional;

import org.memberportal.domain.agent.AgentId;

/** The single-use activation links of invited agents; kept beside the accounts' (only hashes). */
public interface AgentTokens {

    void issue(String tokenHash, AgentId agent, Instant expiresAt);

    /** Uses the token up, as {@code AccountTokens.redeem} does: one of two concurrent uses wins. */
    Optional<AgentId> redeem(String tokenHash, Instant now);
}
