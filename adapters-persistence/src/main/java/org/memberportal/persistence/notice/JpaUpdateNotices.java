package org.memberportal.persistence.notice;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.memberportal.application.notice.UpdateNotices;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.UpdateNotice;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

/**
 * Update notices, and their claims by conditional updates as the job locks take theirs: "take the
 * row where nobody holds it or the claim ran out" changes the row for exactly one of two racing
 * instances, since the second one's update waits for the first one's commit and then finds the
 * condition false. Every call runs in a transaction (its caller's, or one of its own), as the outbox's
 * do: the watch calls from a scheduler's thread, where an entity manager outside a transaction is
 * closed.
 */
@ApplicationScoped
@Transactional
public class JpaUpdateNotices implements UpdateNotices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public UpdateNotice add(UpdateNotice notice) {
        return OptimisticVersions.insert(em, UpdateNoticeEntity.from(notice)).toDomain();
    }

    @Override
    public UpdateNotice update(UpdateNotice notice) {
        UpdateNoticeEntity entity = em.find(UpdateNoticeEntity.class, notice.id());
        return OptimisticVersions.change(em, entity, entity.version, notice.version(), e -> e.copy(notice))
                .toDomain();
    }

    @Override
    public Optional<UpdateNotice> find(String id) {
        return Optional.ofNullable(em.find(UpdateNoticeEntity.class, id)).map(UpdateNoticeEntity::toDomain);
    }

    @Override
    public Page<UpdateNotice> page(PageRequest page) {
        return KeysetQuery.of(em, UpdateNoticeEntity.class, "n")
                .descending(page, n -> n.id)
                .map(UpdateNoticeEntity::toDomain);
    }

    @Override
    public List<String> idsIn(NoticeStatus status) {
        return em.createQuery("select n.id from UpdateNoticeEntity n where n.status = :status order by n.id",
                String.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String id, String holder, Instant now, Instant until) {
        return rowsChanged(em.createNativeQuery("update update_notices set claimed_by = ?, claimed_until = ?"
                + " where id = ? and (claimed_by is null or claimed_until <= ? or claimed_by = ?)")
                .setParameter(1, holder)
                .setParameter(2, InstantAsUtcTimestamp.column(until))
                .setParameter(3, id)
                .setParameter(4, InstantAsUtcTimestamp.column(now))
                .setParameter(5, holder)) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String id, String holder) {
        rowsChanged(em.createNativeQuery("update update_notices set claimed_by = null, claimed_until = null"
                + " where id = ? and claimed_by = ?")
                .setParameter(1, id)
                .setParameter(2, holder));
    }
}
