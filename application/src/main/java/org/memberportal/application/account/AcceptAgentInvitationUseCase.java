package org.memberportal.application.account;

public interface AcceptAgentInvitationUseCase {

    /**
     * Activates the invited agent whose activation link carries {@code token}, with this
     * password. Answers false, changing nothing, when the token is no agent's invitation (it may
     * be a member's activation link).
     */
    boolean accept(String token, char[] password);
}
