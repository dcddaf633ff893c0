package org.memberportal.application.preference;

/** Where a change of a person's mailing preferences came from. */
public enum ConsentSource {
    /** The person in the portal, or the portal for them (activation). */
    PORTAL,
    /** Mailchimp's webhook told of it. */
    MAILCHIMP_WEBHOOK,
    /** The sync found it reading the members Mailchimp changed. */
    MAILCHIMP_PULL
}
