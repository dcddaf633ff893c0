package org.memberportal.persistence.agent;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.agent.AgentRoster;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.persistence.database.KeysetQuery;

@ApplicationScoped
public class JpaSupportAgents implements SupportAgents, AgentRoster {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<SupportAgent> find(AgentId id) {
        return Optional.ofNullable(em.find(AgentEntity.class, id.value())).map(AgentEntity::toDomain);
    }

    @Override
    public Optional<SupportAgent> findByEmail(EmailAddress email) {
        return em.createQuery("select a from AgentEntity a where a.emailKey = :key", AgentEntity.class)
                .setParameter("key", email.key())
                .getResultStream()
                .findFirst()
                .map(AgentEntity::toDomain);
    }

    @Override
    public boolean any() {
        return !em.createQuery("select a.id from AgentEntity a", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(SupportAgent agent) {
        em.persist(AgentEntity.from(agent));
    }

    @Override
    public Page<SupportAgent> page(PageRequest page) {
        return KeysetQuery.of(em, AgentEntity.class, "a").ascending(page, a -> a.id).map(AgentEntity::toDomain);
    }

    @Override
    public List<SupportAgent> lockActive() {
        return em.createQuery("select a from AgentEntity a where a.status = :active order by a.id", AgentEntity.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(AgentEntity::toDomain)
                .toList();
    }

    @Override
    public void update(SupportAgent agent) {
        // a query, not fields set on a found entity: EclipseLink's woven change tracking sees
        // only the entity's own writes
        rowsChanged(em.createQuery("update AgentEntity a set a.status = :status, a.passwordHash = :hash,"
                + " a.passwordChangeDue = :due where a.id = :id")
                .setParameter("status", agent.status())
                .setParameter("hash", agent.passwordHash())
                .setParameter("due", agent.passwordChangeDue())
                .setParameter("id", agent.id().value()));
    }

    @Override
    public void endSessionsOf(AgentId agent, Instant now) {
        rowsChanged(em.createQuery("update SessionEntity s set s.revokedAt = :now where s.agentId = :agent and s.revokedAt is null")
                .setParameter("now", now)
                .setParameter("agent", agent.value()));
    }
}
