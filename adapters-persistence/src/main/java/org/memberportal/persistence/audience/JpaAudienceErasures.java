package org.memberportal.persistence.audience;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.audience.AudienceErasures;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;

/** The {@code audience_erasures} rows: a subscriber hash each, nothing else of the person. */
@ApplicationScoped
public class JpaAudienceErasures implements AudienceErasures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A conditional insert: queuing a member twice, even at once, leaves one row (the key refuses a second). */
    @Override
    public void queue(SubscriberHash member, Instant at) {
        rowsChanged(em.createNativeQuery("INSERT INTO audience_erasures (subscriber_hash, erased_at) SELECT CAST(?1 AS CHAR(32)), CAST(?2 AS TIMESTAMP)"
                + " WHERE NOT EXISTS (SELECT 1 FROM audience_erasures WHERE subscriber_hash = ?3)")
                .setParameter(1, member.value())
                .setParameter(2, InstantAsUtcTimestamp.column(at))
                .setParameter(3, member.value()));
    }

    @Override
    public List<SubscriberHash> pending(int limit) {
        List<?> rows = em.createNativeQuery("SELECT subscriber_hash FROM audience_erasures"
                + " ORDER BY erased_at, subscriber_hash")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new SubscriberHash(row.toString().strip())).toList();
    }

    @Override
    public void done(SubscriberHash member) {
        rowsChanged(em.createNativeQuery("DELETE FROM audience_erasures WHERE subscriber_hash = ?1")
                .setParameter(1, member.value()));
    }
}
