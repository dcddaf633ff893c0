package org.memberportal.application.account;

import java.time.Instant;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.agent.SupportAgent;

/** An agent's password-reset e-mail, queued in the outbox in the caller's transaction. */
public interface AgentPasswordResetMail {

    void passwordResetLink(SupportAgent agent, SecretToken token, Instant expiresAt);
}
