package org.memberportal.application.audience;

import java.util.Objects;
import java.util.Optional;


/** An account whose desired state differs from what Mailchimp was last sent: one item of the push. */
public record PendingPush(SyncState prior, MemberState desired, String hash) {

    public PendingPush {
        Objects.requireNonNull(prior, "prior state");
        Objects.requireNonNull(desired, "desired state");
        Objects.requireNonNull(hash, "hash");
    }

    /** The subject's push, when its desired state differs from what Mailchimp was last sent. */
    public static Optional<PendingPush> of(SyncSubject subject) {
        return DesiredStates.of(subject)
                .map(desired -> new PendingPush(subject.state(), desired, PayloadHash.of(desired)))
                .filter(push -> !push.hash().equals(subject.state().payloadHash()));
    }

    public String accountId() {
        return prior.accountId().value();
    }
}
