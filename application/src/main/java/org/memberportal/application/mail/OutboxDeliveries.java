package org.memberportal.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the relay works it. Each method is one short transaction of its own (the relay
 * calls them outside any transaction, so none stays open while an SMTP server is talked to), and
 * every method is safe when several portal instances share one database.
 */
public interface OutboxDeliveries {

    /**
     * Claims the entry that has been due longest (QUEUED, or SENDING with an expired claim; due at or
     * before {@code now}) for one attempt: it becomes SENDING until {@code claimedUntil}, and its
     * attempts go up by one. Instances claiming at once never get the same entry.
     */
    default Optional<OutboxEntry> claimNextDue(Instant now, Instant claimedUntil) {
        return claimDue(now, claimedUntil, 1).stream().findFirst();
    }

    /**
     * Claims up to {@code max} entries the way {@link #claimNextDue} claims one, longest due first,
     * in one transaction. Fewer than {@code max} (or none) when no more are due, or when other
     * instances took them first.
     */
    List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int max);

    /**
     * Gives back a claimed entry that was not tried (the relay stopped before it): QUEUED again, due
     * at {@code dueAt}, its attempts as before the claim. Only while it is still SENDING.
     */
    void release(String id, Instant dueAt);

    /** The entry was handed to the SMTP server; its secret is dropped. Sent wins over any other outcome. */
    void recordSent(String id, Instant sentAt);

    /** The attempt failed for now; the entry is due again at {@code nextAttemptAt}. */
    void recordRetry(String id, String error, Instant nextAttemptAt);

    /** The entry was refused for good and is not tried again; its secret is dropped. */
    void recordFailed(String id, String error);

    /**
     * Empties the bodies of SENT and FAILED entries queued before {@code queuedBefore} (the rest of
     * the entry stays, for the record); answers how many were emptied now.
     */
    int dropBodies(Instant queuedBefore);
}
