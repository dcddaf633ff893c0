package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.agent.SupportAgent;

/** The invited agent's activation e-mail, queued in the outbox in the caller's transaction. */
public interface AgentMail {

    void activationLink(SupportAgent agent, SecretToken token, Instant expiresAt);
}
