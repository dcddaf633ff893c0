package org.memberportal.application.account;

import org.memberportal.domain.account.EmailAddress;

/**
 * "Forgot password" for agents, reached through the members' doors (the same request, the same
 * link page) so that nothing tells an agent's address from a member's.
 */
public interface ForgottenAgentPasswords {

    /** Whether an active agent has this address (a read, nothing written). */
    boolean hasActiveAgent(EmailAddress address);

    /** E-mails a reset link if an active agent has this address; whether one has. */
    boolean sendResetLink(EmailAddress address);

    /** Sets the password through an agent's reset link; false when the token is no agent's reset link. */
    boolean reset(String token, char[] password);
}
