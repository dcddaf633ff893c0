package org.memberportal.persistence.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.identity.SupportAgents;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

@ApplicationScoped
public class JpaSupportAgents implements SupportAgents {

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
}
