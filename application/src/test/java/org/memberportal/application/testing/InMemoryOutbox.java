package org.memberportal.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.OutboxDeliveries;
import org.memberportal.application.mail.OutboxListing;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;

/**
 * The outbox in a map, with the same state changes as the database's conditional updates; safe for
 * the relay's sender threads.
 */
public final class InMemoryOutbox implements Outbox, OutboxDeliveries, OutboxListing {

    private final Map<String, OutboxEntry> byId = new LinkedHashMap<>();

    @Override
    public synchronized String queue(OutgoingEmail email, Instant now) {
        OutboxEntry entry = OutboxEntry.queued(email, now);
        byId.put(entry.id(), entry);
        return entry.id();
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int max) {
        List<OutboxEntry> due = byId.values().stream()
                .filter(e -> e.state() == DeliveryState.QUEUED || e.state() == DeliveryState.SENDING)
                .filter(e -> !e.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt).thenComparing(OutboxEntry::id))
                .limit(max)
                .toList();
        return due.stream().map(e -> change(e.id(), x -> new OutboxEntry(x.id(), x.email(), DeliveryState.SENDING,
                x.attempts() + 1, x.lastError(), x.queuedAt(), claimedUntil, x.sentAt()))).toList();
    }

    @Override
    public synchronized void release(String id, Instant dueAt) {
        if (get(id).state() == DeliveryState.SENDING) {
            change(id, x -> new OutboxEntry(x.id(), x.email(), DeliveryState.QUEUED, x.attempts() - 1, x.lastError(),
                    x.queuedAt(), dueAt, null));
        }
    }

    @Override
    public synchronized void recordSent(String id, Instant sentAt) {
        if (get(id).state() != DeliveryState.SENT) {
            change(id, x -> new OutboxEntry(x.id(), withoutSecret(x.email()), DeliveryState.SENT, x.attempts(),
                    x.lastError(),
                    x.queuedAt(), x.nextAttemptAt(), sentAt));
        }
    }

    @Override
    public synchronized void recordRetry(String id, String error, Instant nextAttemptAt) {
        if (get(id).state() == DeliveryState.SENDING) {
            change(id, x -> new OutboxEntry(x.id(), x.email(), DeliveryState.QUEUED, x.attempts(), error,
                    x.queuedAt(), nextAttemptAt, null));
        }
    }

    @Override
    public synchronized void recordFailed(String id, String error) {
        if (get(id).state() == DeliveryState.SENDING) {
            change(id, x -> new OutboxEntry(x.id(), withoutSecret(x.email()), DeliveryState.FAILED, x.attempts(), error,
                    x.queuedAt(), x.nextAttemptAt(), null));
        }
    }

    @Override
    public int dropBodies(Instant queuedBefore) {
        List<OutboxEntry> old = byId.values().stream()
                .filter(e -> e.state() == DeliveryState.SENT || e.state() == DeliveryState.FAILED)
                .filter(e -> e.queuedAt().isBefore(queuedBefore) && !e.email().textBody().isEmpty())
                .toList();
        old.forEach(e -> change(e.id(), x -> new OutboxEntry(x.id(), x.email().withoutBodies(), x.state(),
                x.attempts(), x.lastError(), x.queuedAt(), x.nextAttemptAt(), x.sentAt())));
        return old.size();
    }

    private static OutgoingEmail withoutSecret(OutgoingEmail email) {
        return new OutgoingEmail(email.to(), email.recipientName(), email.subject(), email.textBody(),
                email.htmlBody(), email.kind());
    }

    @Override
    public Page<OutboxEntry> newestFirst(DeliveryState state, PageRequest page) {
        List<OutboxEntry> rows = byId.values().stream()
                .filter(e -> state == null || e.state() == state)
                .sorted(Comparator.comparing(OutboxEntry::id).reversed())
                .filter(e -> page.after() == null || e.id().compareTo(page.after()) < 0)
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetched(rows, page.limit(), OutboxEntry::id);
    }

    public synchronized OutboxEntry get(String id) {
        OutboxEntry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no outbox entry " + id);
        }
        return entry;
    }

    private OutboxEntry change(String id, UnaryOperator<OutboxEntry> change) {
        OutboxEntry changed = change.apply(get(id));
        byId.put(id, changed);
        return changed;
    }
}
