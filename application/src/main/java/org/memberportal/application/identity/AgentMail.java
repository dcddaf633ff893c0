package org.memberportal.application.identity;

import java.time.Instant;

import org.memberportal.domain.agent.SupportAgent;

/** The invited agent's activation e-mail, queued in the outbox in the caller's transaction. */
public interface AgentMail {

    void activationLink(SupportAgent agent, SecretToken token, Instant expiresAt);
}
