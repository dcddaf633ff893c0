package org.memberportal.persistence.session;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.memberportal.application.session.Session;
import org.memberportal.application.session.Sessions;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.AccountId;
import org.memberportal.persistence.account.MembershipEntity;

@ApplicationScoped
public class JpaSessions implements Sessions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerCache callers;

    @Override
    public void open(Session session) {
        em.persist(SessionEntity.from(session));
    }

    @Override
    public Optional<Session> findLive(String tokenHash, Instant now) {
        return Optional.ofNullable(em.find(SessionEntity.class, tokenHash))
                .filter(s -> s.isLiveAt(now))
                .map(SessionEntity::toDomain);
    }

    /**
     * From this instance's memory when it holds the session (see {@link CallerCache}), else read and
     * kept: the read's generation is taken before the read, so that a change told during it keeps
     * nothing.
     */
    @Override
    public Optional<LiveSession> findLiveWithAccount(String tokenHash, Instant now) {
        CallerMemory memory = callers.memory();
        Optional<LiveSession> kept = memory.recall(tokenHash, now);
        if (kept.isPresent()) {
            return kept;
        }
        long generation = memory.generation();
        Optional<LiveSession> read = readLiveWithAccount(tokenHash, now);
        read.ifPresent(live -> memory.remember(live, generation));
        return read;
    }

    /**
     * One query on the token hash's primary key, the person's memberships joined on its own. Whether
     * the session is still live is decided here, not in SQL: a timestamp parameter has no type the
     * driver can name, so PostgreSQL's JDBC driver describes the statement and then sends every
     * later execution after a round trip of its own, a third of this query's cost.
     */
    private Optional<LiveSession> readLiveWithAccount(String tokenHash, Instant now) {
        List<Object[]> rows = em.createQuery("select s, a.status, " + MembershipEntity.COLUMNS + " from SessionEntity s"
                + " left join AgentEntity a on a.id = s.agentId"
                + " left join MembershipEntity m on m.accountId = s.accountId"
                + " left join AccountEntity p on p.id = m.accountId"
                + " where s.tokenHash = :hash", Object[].class)
                .setParameter("hash", tokenHash)
                .getResultList();
        SessionEntity session = rows.isEmpty() ? null : (SessionEntity) rows.get(0)[0];
        if (session == null || !session.isLiveAt(now)) {
            return Optional.empty();
        }
        return Optional.of(new LiveSession(session.toDomain(), rows.stream()
                .filter(row -> row[2] != null)
                .map(row -> MembershipEntity.fromColumns(row, 2))
                .toList(), rows.get(0)[1] == AccountStatus.ACTIVE));
    }

    /** Its own transaction: the request that uses the session may hold none, and writes nothing else. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch(String tokenHash, Instant now, Instant usedBefore) {
        rowsChanged(em.createQuery("update SessionEntity s set s.lastUsedAt = :now where s.tokenHash = :hash"
                + " and s.lastUsedAt < :usedBefore")
                .setParameter("now", now)
                .setParameter("hash", tokenHash)
                .setParameter("usedBefore", usedBefore));
    }

    @Override
    public void revoke(String tokenHash, Instant now) {
        rowsChanged(em.createQuery("update SessionEntity s set s.revokedAt = :now where s.tokenHash = :hash and s.revokedAt is null")
                .setParameter("now", now)
                .setParameter("hash", tokenHash));
    }

    @Override
    public void revokeAllOf(AccountId accountId, Instant now) {
        rowsChanged(em.createQuery("update SessionEntity s set s.revokedAt = :now where s.accountId = :account and s.revokedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId.value()));
    }

    @Override
    public void revokeOthersOf(String tokenHash, Instant now) {
        revokeHoldersSessions(tokenHash, tokenHash, now);
    }

    @Override
    public void revokeAllWith(String tokenHash, Instant now) {
        revokeHoldersSessions(tokenHash, "", now);
    }

    /** Every live session of the holder of {@code tokenHash}, but the one whose hash is {@code spared}. */
    private void revokeHoldersSessions(String tokenHash, String spared, Instant now) {
        SessionEntity of = em.find(SessionEntity.class, tokenHash);
        if (of == null) {
            return;
        }
        String holder = of.accountId != null ? "s.accountId = :holder" : "s.agentId = :holder";
        rowsChanged(em.createQuery("update SessionEntity s set s.revokedAt = :now where " + holder
                + " and s.revokedAt is null and s.tokenHash <> :spared")
                .setParameter("now", now)
                .setParameter("holder", of.accountId != null ? of.accountId : of.agentId)
                .setParameter("spared", spared));
    }

    @Override
    public int purgeEndedBefore(Instant before) {
        return rowsChanged(em.createQuery("delete from SessionEntity s where s.expiresAt < :before or s.revokedAt < :before")
                .setParameter("before", before));
    }
}
