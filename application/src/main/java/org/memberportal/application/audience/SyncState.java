package org.memberportal.application.audience;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;

/**
 * What the portal knows of one account's member in Mailchimp: the address it has there, the hash
 * of the state last sent (or last seen there), the status Mailchimp holds as far as known, and the
 * last permanent refusal. A state is pushed again only when the desired state's hash differs.
 * {@code version} is the stored row's (0: never stored): a state is saved only over the version it
 * was derived from, so a push's outcome and a webhook's news about one member, on two instances,
 * never overwrite each other unseen.
 */
public record SyncState(AccountId accountId, EmailAddress audienceEmail, String payloadHash,
        AudienceStatus remoteStatus, RejectionReason rejection, String lastError, Instant errorAt, Instant syncedAt,
        long version) {

    public static final int MAX_ERROR_LENGTH = 1000;

    public SyncState {
        Objects.requireNonNull(accountId, "account");
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
    }

    /** An account Mailchimp has not heard of from the portal. */
    public static SyncState none(AccountId accountId) {
        return new SyncState(accountId, null, null, null, null, null, null, null, 0);
    }

    public boolean isKnownToMailchimp() {
        return payloadHash != null || remoteStatus != null;
    }

    /** Mailchimp took the state: it is what the member has now. */
    public SyncState pushed(MemberState sent, String hash, Instant at) {
        return new SyncState(accountId, sent.email(), hash, sent.status(), null, null, null, at, version);
    }

    /**
     * Mailchimp refused the state for good: remembered with its hash, so it is not sent again
     * until the member's data changes.
     */
    public SyncState rejected(String hash, RejectionReason reason, String detail, Instant at) {
        return new SyncState(accountId, audienceEmail, hash, remoteStatus, reason, detail, at, syncedAt, version);
    }

    /** The member as Mailchimp showed it (pull, webhook): its address, status and, if known, its hash. */
    public SyncState seen(EmailAddress email, AudienceStatus status, String hash, Instant at) {
        return new SyncState(accountId, email, hash == null ? payloadHash : hash, status, rejection, lastError, errorAt,
                at, version);
    }

    /** Mailchimp now knows the member by another address (the person changed it there). */
    public SyncState movedTo(EmailAddress email) {
        return new SyncState(accountId, email, payloadHash, remoteStatus, rejection, lastError, errorAt, syncedAt,
                version);
    }

    public SyncState withHash(String hash) {
        return new SyncState(accountId, audienceEmail, hash, remoteStatus, rejection, lastError, errorAt, syncedAt,
                version);
    }
}
