package org.memberportal.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/**
 * Re-hashes a password with today's parameters at a successful login, the only moment the
 * password is known, when its stored hash was made with older ones (another algorithm, fewer
 * iterations).
 */
@ApplicationScoped
public class PasswordUpgrade {

    private final Accounts accounts;
    private final SupportAgents agents;
    private final PasswordHasher hasher;

    protected PasswordUpgrade() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public PasswordUpgrade(Accounts accounts, SupportAgents agents, PasswordHasher hasher) {
        this.accounts = accounts;
        this.agents = agents;
        this.hasher = hasher;
    }

    void ofAccount(PortalAccount account, char[] password) {
        if (account.passwordHash().filter(hasher::isCurrent).isEmpty()) {
            account.changePassword(hasher.hash(password));
            accounts.update(account);
        }
    }

    void ofAgent(SupportAgent agent, char[] password) {
        if (!hasher.isCurrent(agent.passwordHash())) {
            agents.update(new SupportAgent(agent.id(), agent.fullName(), agent.email(), hasher.hash(password),
                    agent.status()));
        }
    }
}
