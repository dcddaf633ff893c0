package org.memberportal.application.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * The secret an e-mail carries (the token of an activation or reset link), kept apart from its
 * bodies: they hold {@link #PLACEHOLDER} where the token goes, and the relay puts the token in only
 * when it hands the e-mail to SMTP. So the stored bodies, the agents' outbox and a database backup
 * show the link without its token. {@code value} is null when the stored secret can no longer be
 * read (the outbox key changed); {@code expiresAt} is when the link stops working.
 */
public record EmailSecret(String value, Instant expiresAt) {

    /** Stands in the bodies where the token goes; plain text that HTML escaping leaves alone. */
    public static final String PLACEHOLDER = "[link-token-hidden]";

    public EmailSecret {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value != null && (value.isBlank() || value.contains(PLACEHOLDER))) {
            throw new IllegalArgumentException("an e-mail's secret is a token");
        }
    }

    public boolean isReadable() {
        return value != null;
    }

    public boolean hasExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "EmailSecret[hidden, expires " + expiresAt + "]";
    }
}
