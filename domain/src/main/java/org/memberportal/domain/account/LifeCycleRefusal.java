package org.memberportal.domain.account;

import java.util.Objects;

/**
 * A step of the account life cycle (docs/rules.md) that the account refuses, and why; the
 * application tells the caller in its own words.
 */
public final class LifeCycleRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The member's level may not ask for, or give, that level, or touch that account. */
        LEVEL_NOT_GRANTABLE,
        /** The company's last active Primary would be demoted or deactivated by a member. */
        LAST_PRIMARY,
        /** Only an account pending activation can be activated. */
        NOT_PENDING_ACTIVATION,
        /** Only an active account has a password to change. */
        NOT_ACTIVE,
        /** A person has one membership per company. */
        ALREADY_A_MEMBER
    }

    private final Reason reason;

    LifeCycleRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
