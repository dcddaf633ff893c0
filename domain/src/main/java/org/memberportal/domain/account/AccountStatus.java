package org.memberportal.domain.account;

public enum AccountStatus {
    /** Created, waiting for its person to open the activation link and choose a password. */
    PENDING_ACTIVATION,
    ACTIVE,
    /** Cannot log in; kept, never deleted, so its history and Mailchimp state stay explained. */
    DEACTIVATED
}
