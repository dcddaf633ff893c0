package org.memberportal.application.account;

import java.util.Optional;

import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.SupportAgent;

/** The agents by address: one address is one person's, whether they are a member or an agent. */
public interface AgentAddresses {

    Optional<SupportAgent> findByEmail(EmailAddress email);
}
