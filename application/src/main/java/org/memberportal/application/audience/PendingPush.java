package org.memberportal.application.audience;

import java.util.Objects;


/** An account whose desired state differs from what Mailchimp was last sent: one item of the push. */
public record PendingPush(SyncState prior, MemberState desired, String hash) {

    public PendingPush {
        Objects.requireNonNull(prior, "prior state");
        Objects.requireNonNull(desired, "desired state");
        Objects.requireNonNull(hash, "hash");
    }

    public String accountId() {
        return prior.accountId().value();
    }
}
