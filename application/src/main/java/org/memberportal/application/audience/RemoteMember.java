package org.memberportal.application.audience;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.memberportal.domain.account.EmailAddress;

/**
 * A member as Mailchimp holds it: what the person or Mailchimp may have changed since the
 * portal's last write (an unsubscribe, a clean, a profile edit, a mailing opted out of).
 */
public record RemoteMember(EmailAddress email, AudienceStatus status, MergeFields mergeFields, Set<Mailing> mailings,
        Instant lastChanged) {

    public RemoteMember {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        mergeFields = Objects.requireNonNullElse(mergeFields, MergeFields.NONE);
        mailings = Set.copyOf(mailings);
    }

    public boolean isOptedInto(Mailing mailing) {
        return mailings.contains(mailing);
    }
}
