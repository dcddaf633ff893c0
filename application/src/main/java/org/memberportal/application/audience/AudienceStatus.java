package org.memberportal.application.audience;

/** Where a member stands in the audience, in Mailchimp's own terms. */
public enum AudienceStatus {
    SUBSCRIBED(true),
    UNSUBSCRIBED(true),
    /** Waiting for the person to confirm a double opt-in e-mail. */
    PENDING(true),
    /** The address bounced or complained: Mailchimp sends nothing to it any more. */
    CLEANED(false),
    TRANSACTIONAL(false),
    /** Removed from the audience's view; a later write with a status brings it back. */
    ARCHIVED(false);

    private final boolean settable;

    AudienceStatus(boolean settable) {
        this.settable = settable;
    }

    /** Whether the portal may ask for this status; the others only Mailchimp gives. */
    public boolean isSettable() {
        return settable;
    }
}
