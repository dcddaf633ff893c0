package org.memberportal.domain.agent;

import java.util.Collection;
import java.util.Objects;

import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;

/**
 * A member of the vendor's support staff: approves requests, answers tickets, fulfils orders. An
 * invited agent has no password until they open their activation link; a deactivated one keeps
 * their history but can no longer log in. The first agent's password came through the start-up's
 * settings, where others may have read it: that agent must choose one of their own before doing
 * anything else ({@code passwordChangeDue}).
 */
public record SupportAgent(AgentId id, String fullName, EmailAddress email, String passwordHash, AccountStatus status,
        boolean passwordChangeDue) {
    public SupportAgent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "e-mail");
        Objects.requireNonNull(status, "status");
        if (passwordHash == null && status == AccountStatus.ACTIVE) {
            throw new IllegalArgumentException("an active agent has a password");
        }
        fullName = fullName == null || fullName.isBlank() ? email.value() : fullName.strip();
    }

    /** An agent as stored, with a password of their own choosing. */
    public SupportAgent(AgentId id, String fullName, EmailAddress email, String passwordHash, AccountStatus status) {
        this(id, fullName, email, passwordHash, status, false);
    }

    /** An agent who can log in at once with a password of their own. */
    public SupportAgent(AgentId id, String fullName, EmailAddress email, String passwordHash) {
        this(id, fullName, email, Objects.requireNonNull(passwordHash, "password hash"), AccountStatus.ACTIVE);
    }

    /** The first agent, made at start-up from a password in the settings: it must be changed at first sign-in. */
    public static SupportAgent first(EmailAddress email, String passwordHash) {
        return new SupportAgent(AgentId.newId(), "Support agent", email,
                Objects.requireNonNull(passwordHash, "password hash"), AccountStatus.ACTIVE, true);
    }

    /** An agent invited by another: waiting for the activation link to choose a password. */
    public static SupportAgent invited(String fullName, EmailAddress email) {
        return new SupportAgent(AgentId.newId(), fullName, email, null, AccountStatus.PENDING_ACTIVATION);
    }

    /** A password the agent chose (a change or a reset): nothing more is due. */
    public SupportAgent withPasswordChosen(String newPasswordHash) {
        if (status != AccountStatus.ACTIVE) {
            throw new IllegalStateException("only an active agent chooses a new password");
        }
        return new SupportAgent(id, fullName, email, Objects.requireNonNull(newPasswordHash), status, false);
    }

    /** The same password, hashed anew with stronger parameters: what was due stays due. */
    public SupportAgent withPasswordRehashed(String newPasswordHash) {
        return new SupportAgent(id, fullName, email, Objects.requireNonNull(newPasswordHash), status,
                passwordChangeDue);
    }

    public boolean mayLogIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /**
     * Whether this agent may be deactivated while {@code activeAgents} are the active ones: one
     * active agent must stay, or nobody could run the portal (nor invite a new agent).
     */
    public boolean mayBeDeactivatedAmong(Collection<SupportAgent> activeAgents) {
        return !isActive() || activeAgents.stream().anyMatch(other -> !other.id().equals(id) && other.isActive());
    }

    public SupportAgent deactivated() {
        return new SupportAgent(id, fullName, email, passwordHash, AccountStatus.DEACTIVATED, passwordChangeDue);
    }

    public SupportAgent activated(String newPasswordHash) {
        if (status != AccountStatus.PENDING_ACTIVATION) {
            throw new IllegalStateException("only an agent pending activation can be activated");
        }
        return new SupportAgent(id, fullName, email, Objects.requireNonNull(newPasswordHash), AccountStatus.ACTIVE);
    }
}
