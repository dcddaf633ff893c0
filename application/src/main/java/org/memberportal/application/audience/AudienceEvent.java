package org.memberportal.application.audience;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.account.EmailAddress;

/**
 * One delivery of Mailchimp's webhook, in the portal's words: what happened to which address,
 * and when Mailchimp fired it. {@code newEmail} only for {@link Type#UPEMAIL}, where
 * {@code email} is the old address.
 */
public record AudienceEvent(Type type, Instant firedAt, EmailAddress email, EmailAddress newEmail) {

    public enum Type {
        SUBSCRIBE, UNSUBSCRIBE, PROFILE, UPEMAIL, CLEANED, CAMPAIGN
    }

    public AudienceEvent {
        Objects.requireNonNull(type, "type");
        if (type != Type.CAMPAIGN) {
            Objects.requireNonNull(email, "email");
        }
        if (type == Type.UPEMAIL) {
            Objects.requireNonNull(newEmail, "new email");
        }
    }

    /**
     * Whether the event is applied only once Mailchimp's member confirms it: handling it reads from
     * Mailchimp, so it is best handled off the request thread.
     */
    public boolean needsConfirmation() {
        return type == Type.UNSUBSCRIBE || type == Type.CLEANED || type == Type.UPEMAIL;
    }
}
