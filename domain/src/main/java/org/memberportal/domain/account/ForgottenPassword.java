package org.memberportal.domain.account;

/** What "forgot password" sends to an account (account life cycle 4); the caller learns none of it. */
public enum ForgottenPassword {
    /** An active account: a link to choose a new password. */
    RESET_LINK,
    /** An account pending activation has no password to reset: its activation link again. */
    ACTIVATION_LINK_AGAIN,
    /** A deactivated account: nothing. */
    NOTHING
}
