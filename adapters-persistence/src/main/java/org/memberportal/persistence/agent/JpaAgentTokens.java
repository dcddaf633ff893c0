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
    public void issue(String tokenHash, AgentId agent, Instant expiresAt) {
        em.persist(new AgentTokenEntity(tokenHash, agent.value(), expiresAt));
    }

    @Override
    public Optional<AgentId> redeem(String tokenHash, Instant now) {
        // checks and uses the token in one conditional update, as the accounts' tokens do
        int used = rowsChanged(em.createQuery("""
                update AgentTokenEntity t set t.usedAt = :now
                where t.tokenHash = :hash and t.usedAt is null and t.expiresAt > :now""")
                .setParameter("now", now)
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
}
