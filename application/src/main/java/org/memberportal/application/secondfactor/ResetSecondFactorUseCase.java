package org.memberportal.application.secondfactor;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.identity.Caller;

/**
 * An agent removes the second factor of someone who lost it (their phone and their recovery codes),
 * after checking who they are outside the portal. The person enrols again at their next sign-in.
 */
public interface ResetSecondFactorUseCase {

    void resetMember(Caller agent, AccountId person);

    /** Another agent's; an agent's own is refused, or an agent with a stolen password could drop their own check. */
    void resetAgent(Caller agent, AgentId other);
}
