package org.memberportal.persistence.agent;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.agent.AgentTokens;
import org.memberportal.domain.agent.AgentId;

@ApplicationScoped
public class JpaAgentTokens implements AgentTokens {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void issue(String tokenHash, AgentId agent, Purpose purpose, Instant expiresAt) {
        em.persist(new AgentTokenEntity(tokenHash, agent.value(), purpose.name(), expiresAt));
    }

    @Override
    public Optional<AgentId> redeem(String tokenHash, Purpose purpose, Instant now) {
        // checks and uses the token in one conditional update, as the accounts' tokens do
        int used = rowsChanged(em.createQuery("""
                update AgentTokenEntity t set t.usedAt = :now
                where t.tokenHash = :hash and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now""")
                .setParameter("now", now)
                .setParameter("purpose", purpose.name())
                .setParameter("hash", tokenHash));
        if (used != 1) {
            return Optional.empty();
        }
        return em.createQuery("select t.agentId from AgentTokenEntity t where t.tokenHash = :hash", String.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(AgentId::new);
    }

    @Override
    public void revokeAll(AgentId agent, Purpose purpose, Instant now) {
        rowsChanged(em.createQuery("""
                update AgentTokenEntity t set t.usedAt = :now
                where t.agentId = :agent and t.purpose = :purpose and t.usedAt is null""")
                .setParameter("now", now)
                .setParameter("agent", agent.value())
                .setParameter("purpose", purpose.name()));
    }
}
