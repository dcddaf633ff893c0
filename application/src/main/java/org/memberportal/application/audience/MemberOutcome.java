package org.memberportal.application.audience;

import java.util.Objects;

import org.memberportal.domain.account.EmailAddress;

/** What became of one member of a batch. */
public record MemberOutcome(EmailAddress email, Result result, RejectionReason reason, String detail) {

    public enum Result {
        CREATED,
        UPDATED,
        /** Refused for good: recorded on the member, not sent again until its data changes. */
        REJECTED,
        /** Mailchimp's answer does not mention the member: treat it as not written. */
        UNCONFIRMED
    }

    public MemberOutcome {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(result, "result");
        if ((result == Result.REJECTED) != (reason != null)) {
            throw new IllegalArgumentException("a reason goes with a rejection, and only with one");
        }
    }

    public static MemberOutcome created(EmailAddress email) {
        return new MemberOutcome(email, Result.CREATED, null, null);
    }

    public static MemberOutcome updated(EmailAddress email) {
        return new MemberOutcome(email, Result.UPDATED, null, null);
    }

    public static MemberOutcome rejected(EmailAddress email, RejectionReason reason, String detail) {
        return new MemberOutcome(email, Result.REJECTED, Objects.requireNonNull(reason, "reason"), detail);
    }

    public static MemberOutcome unconfirmed(EmailAddress email) {
        return new MemberOutcome(email, Result.UNCONFIRMED, null, null);
    }

    public boolean isWritten() {
        return result == Result.CREATED || result == Result.UPDATED;
    }
}
