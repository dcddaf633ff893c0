package org.memberportal.persistence.livesession;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.livesession.LiveSessions;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaLiveSessions implements LiveSessions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public LiveSession add(LiveSession session) {
        return OptimisticVersions.insert(em, LiveSessionEntity.from(session)).toDomain();
    }

    @Override
    public LiveSession update(LiveSession session) {
        LiveSessionEntity entity = em.find(LiveSessionEntity.class, session.id());
        return OptimisticVersions.change(em, entity, entity.version, session.version(), e -> e.copy(session))
                .toDomain();
    }

    @Override
    public Optional<LiveSession> findForAgent(String id) {
        return Optional.ofNullable(em.find(LiveSessionEntity.class, id)).map(LiveSessionEntity::toDomain);
    }

    @Override
    public Page<LiveSession> pageOf(CompanyId company, AccountId account, PageRequest page) {
        return KeysetQuery.of(em, LiveSessionEntity.class, "s")
                .where(true, "s.companyId = :company", "company", company.value())
                .where(true, "s.accountId = :account", "account", account.value())
                .descending(page, s -> s.id)
                .map(LiveSessionEntity::toDomain);
    }

    @Override
    public Page<LiveSession> page(LiveSession.Status status, PageRequest page) {
        return KeysetQuery.of(em, LiveSessionEntity.class, "s")
                .where(status != null, "s.status = :status", "status", status)
                .ascending(page, s -> s.id)
                .map(LiveSessionEntity::toDomain);
    }
}
