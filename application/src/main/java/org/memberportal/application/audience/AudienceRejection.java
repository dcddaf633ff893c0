package org.memberportal.application.audience;

import java.util.Objects;

/** Mailchimp refused the call for good: trying again unchanged gives the same answer. */
public final class AudienceRejection extends AudienceFailure {

    private final RejectionReason reason;

    public AudienceRejection(RejectionReason reason, String message) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason);
    }

    public RejectionReason reason() {
        return reason;
    }
}
