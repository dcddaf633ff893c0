package org.memberportal.application.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

@ApplicationScoped
@Transactional
public class AgentBootstrap implements BootstrapAgentUseCase {

    private final SupportAgents agents;
    private final Accounts accounts;
    private final PasswordHasher hasher;

    protected AgentBootstrap() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public AgentBootstrap(SupportAgents agents, Accounts accounts, PasswordHasher hasher) {
        this.agents = agents;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    @Override
    public boolean ensureFirstAgent(String email, char[] password) {
        if (agents.any()) {
            return false;
        }
        // the first agent holds every company's data: its password follows the policy like anyone's
        PasswordPolicy.check(password);
        EmailAddress address = EmailAddress.of(email);
        if (accounts.findByEmail(address).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, "a portal account already uses " + address);
        }
        agents.add(new SupportAgent(AgentId.newId(), "Support agent", address, hasher.hash(password)));
        return true;
    }
}
