package org.memberportal.persistence.mail;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.OutboxDeliveries;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.mail.OutboxListing;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;

/**
 * The outbox table, for the use cases that queue e-mails, the relay and the agents' list.
 *
 * <p>Several portal instances may relay from one database at once. Each takes a row by a
 * conditional update, "set SENDING where the row is still due", and owns it only when that update
 * changed one row: the database's row lock makes a second instance's update wait for the first
 * one's commit, then find the row no longer due and change nothing (PostgreSQL re-checks the
 * condition on the new row version under READ COMMITTED; so does H2). {@code SELECT ... FOR UPDATE
 * SKIP LOCKED} would spare the second instance that short wait, but H2 applies the limit before it
 * skips (a second instance finds nothing while the first rows are locked), and the same code runs on
 * both. The claim is its own short transaction, so the wait is brief; a claim ends
 * at its {@code next_attempt_at}, after which a row whose instance died is due again (sent twice at
 * worst, never lost).
 */
@ApplicationScoped
@Transactional
public class JpaOutbox implements Outbox, OutboxDeliveries, OutboxListing {

    /** Due rows looked at beyond those wanted; more than the instances that may race for the first ones. */
    static final int CANDIDATES = 8;

    /** Look-ups per claim at most, when other instances keep taking the rows first. */
    static final int LOOKS = 3;

    private static final List<DeliveryState> DUE_STATES = List.of(DeliveryState.QUEUED, DeliveryState.SENDING);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OutboxSecretCipher cipher;

    /** Only inside the caller's transaction: the e-mail must commit or roll back with its cause. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String queue(OutgoingEmail email, Instant now) {
        OutboxEntry entry = OutboxEntry.queued(email, now);
        em.persist(OutboxEmailEntity.from(entry, cipher));
        return entry.id();
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int max) {
        List<String> claimed = new ArrayList<>(max);
        // Rows another instance claimed first between the look-up and the update are lost to it:
        // look again, past them, while a full look-up came back short.
        for (int look = 0; look < LOOKS && claimed.size() < max; look++) {
            int wanted = max - claimed.size();
            List<String> due = em.createQuery("select o.id from OutboxEmailEntity o"
                    + " where o.state in :due and o.nextAttemptAt <= :now order by o.nextAttemptAt, o.id", String.class)
                    .setParameter("due", DUE_STATES)
                    .setParameter("now", now)
                    .setMaxResults(wanted + CANDIDATES)
                    .getResultList();
            int lost = 0;
            for (String id : due) {
                if (claimed.size() == max) {
                    break;
                }
                if (claim(id, now, claimedUntil)) {
                    claimed.add(id);
                } else {
                    lost++;
                }
            }
            if (lost == 0 || due.size() < wanted + CANDIDATES) {
                break;
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<String, OutboxEntry> byId = new HashMap<>();
        em.createQuery("select o from OutboxEmailEntity o where o.id in :ids", OutboxEmailEntity.class)
                .setParameter("ids", claimed)
                .getResultList()
                .forEach(row -> byId.put(row.id, row.toDomain(cipher)));
        return claimed.stream().map(byId::get).toList();
    }

    @Override
    public void release(String id, Instant dueAt) {
        rowsChanged(em.createQuery("update OutboxEmailEntity o set o.state = :queued, o.nextAttemptAt = :due,"
                + " o.attempts = o.attempts - 1 where o.id = :id and o.state = :sending and o.attempts > 0")
                .setParameter("queued", DeliveryState.QUEUED)
                .setParameter("due", dueAt)
                .setParameter("id", id)
                .setParameter("sending", DeliveryState.SENDING));
    }

    /** True when this caller now owns the row: the update found it still due. */
    boolean claim(String id, Instant now, Instant claimedUntil) {
        return rowsChanged(em.createQuery("update OutboxEmailEntity o"
                + " set o.state = :sending, o.nextAttemptAt = :until, o.attempts = o.attempts + 1"
                + " where o.id = :id and o.state in :due and o.nextAttemptAt <= :now")
                .setParameter("sending", DeliveryState.SENDING)
                .setParameter("until", claimedUntil)
                .setParameter("id", id)
                .setParameter("due", DUE_STATES)
                .setParameter("now", now)) == 1;
    }

    @Override
    public void recordSent(String id, Instant sentAt) {
        rowsChanged(em.createQuery("update OutboxEmailEntity o set o.state = :sent, o.sentAt = :at, o.sealedSecret = null"
                + " where o.id = :id and o.state <> :sent")
                .setParameter("sent", DeliveryState.SENT)
                .setParameter("at", sentAt)
                .setParameter("id", id));
    }

    @Override
    public void recordRetry(String id, String error, Instant nextAttemptAt) {
        rowsChanged(em.createQuery("update OutboxEmailEntity o set o.state = :queued, o.lastError = :error,"
                + " o.nextAttemptAt = :next where o.id = :id and o.state = :sending")
                .setParameter("queued", DeliveryState.QUEUED)
                .setParameter("error", OutboxEntry.errorText(error))
                .setParameter("next", nextAttemptAt)
                .setParameter("id", id)
                .setParameter("sending", DeliveryState.SENDING));
    }

    @Override
    public void recordFailed(String id, String error) {
        rowsChanged(em.createQuery("update OutboxEmailEntity o set o.state = :failed, o.lastError = :error,"
                + " o.sealedSecret = null where o.id = :id and o.state = :sending")
                .setParameter("failed", DeliveryState.FAILED)
                .setParameter("error", OutboxEntry.errorText(error))
                .setParameter("id", id)
                .setParameter("sending", DeliveryState.SENDING));
    }

    @Override
    public int dropBodies(Instant queuedBefore) {
        return rowsChanged(em.createQuery("update OutboxEmailEntity o set o.textBody = '', o.htmlBody = '', o.sealedSecret = null"
                + " where o.state in :finished and o.queuedAt < :before and (o.textBody <> '' or o.htmlBody <> '')")
                .setParameter("finished", List.of(DeliveryState.SENT, DeliveryState.FAILED))
                .setParameter("before", queuedBefore));
    }

    @Override
    public Page<OutboxEntry> newestFirst(DeliveryState state, PageRequest page) {
        // Keyset paging on the time-ordered id, descending.
        StringBuilder jpql = new StringBuilder("select o from OutboxEmailEntity o where 1 = 1");
        if (state != null) {
            jpql.append(" and o.state = :state");
        }
        if (page.after() != null) {
            jpql.append(" and o.id < :after");
        }
        TypedQuery<OutboxEmailEntity> query = em.createQuery(jpql.append(" order by o.id desc").toString(),
                OutboxEmailEntity.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<OutboxEmailEntity> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetched(rows, page.limit(), o -> o.id).map(row -> row.toDomain(cipher));
    }
}
