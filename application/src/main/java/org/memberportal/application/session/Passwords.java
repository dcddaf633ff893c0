package org.memberportal.application.session;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;

/**
 * The passwords given at sign-in and at a password change: checked in the same time whether their
 * holder exists or not, and re-hashed with today's parameters at a successful login, the only
 * moment the password is known, when the stored hash was made with older ones (another algorithm,
 * fewer iterations).
 */
@ApplicationScoped
public class Passwords {

    private final Accounts accounts;
    private final SupportAgents agents;
    private final PasswordHasher hasher;
    private volatile String decoyHash;

    protected Passwords() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public Passwords(Accounts accounts, SupportAgents agents, PasswordHasher hasher) {
        this.accounts = accounts;
        this.agents = agents;
        this.hasher = hasher;
    }

    /**
     * Checks the password against the stored hash, or, where there is none, against a decoy, so
     * that an unknown address takes as long to refuse as a wrong password.
     */
    boolean matches(char[] password, Optional<String> hash) {
        if (hash.isPresent()) {
            return hasher.verify(password, hash.get());
        }
        hasher.verify(password, decoyHash());
        return false;
    }

    String hash(char[] password) {
        return hasher.hash(password);
    }

    /** A hash with today's parameters where the stored one was made with older ones. */
    Optional<String> rehashedIfOld(String storedHash, char[] password) {
        return hasher.isCurrent(storedHash) ? Optional.empty() : Optional.of(hasher.hash(password));
    }

    void upgradeOf(PortalAccount account, String rehashed) {
        account.changePassword(rehashed);
        accounts.update(account);
    }

    void upgradeOf(SupportAgent agent, String rehashed) {
        agents.update(agent.withPasswordRehashed(rehashed));
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(SecretToken.generate().value().toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
