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
import org.memberportal.domain.agent.SupportAgent;

@ApplicationScoped
@Transactional
public class AgentBootstrap implements BootstrapAgentUseCase {

    private final SupportAgents agents;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    protected AgentBootstrap() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public AgentBootstrap(SupportAgents agents, Accounts accounts, PasswordHasher hasher, PasswordPolicy policy) {
        this.agents = agents;
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
    }

    @Override
    public boolean ensureFirstAgent(String email, char[] password) {
        if (agents.any()) {
            return false;
        }
        // the first agent holds every company's data: its password follows the policy like anyone's
        policy.check(password);
        EmailAddress address = EmailAddress.of(email);
        if (accounts.findByEmail(address).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, "a portal account already uses " + address);
        }
        agents.add(SupportAgent.first(address, hasher.hash(password)));
        return true;
    }
}
