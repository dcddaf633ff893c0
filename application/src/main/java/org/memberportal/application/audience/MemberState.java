package org.memberportal.application.audience;

import java.util.Objects;
import java.util.Set;

import org.memberportal.domain.account.EmailAddress;

/**
 * The state the portal wants one member to have in the audience: the status, the merge fields,
 * and the mailings opted into (every other mailing is opted out of).
 */
public record MemberState(EmailAddress email, AudienceStatus status, MergeFields mergeFields, Set<Mailing> mailings) {

    public MemberState {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        if (!status.isSettable()) {
            throw new IllegalArgumentException("the portal cannot set the status " + status);
        }
        mergeFields = Objects.requireNonNullElse(mergeFields, MergeFields.NONE);
        mailings = Set.copyOf(mailings);
    }

    public boolean isOptedInto(Mailing mailing) {
        return mailings.contains(mailing);
    }
}
