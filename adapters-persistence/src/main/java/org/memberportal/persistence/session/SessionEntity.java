package org.memberportal.persistence.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.session.Session;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;

@Entity
@Table(name = "sessions")
public class SessionEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "account_id", updatable = false)
    String accountId;

    @Column(name = "agent_id", updatable = false)
    String agentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    protected SessionEntity() {
    }

    static SessionEntity from(Session session) {
        SessionEntity entity = new SessionEntity();
        entity.tokenHash = session.tokenHash();
        entity.accountId = session.accountId() == null ? null : session.accountId().value();
        entity.agentId = session.agentId() == null ? null : session.agentId().value();
        entity.createdAt = session.createdAt();
        entity.expiresAt = session.expiresAt();
        entity.lastUsedAt = session.lastUsedAt();
        return entity;
    }

    boolean isLiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    Session toDomain() {
        return new Session(tokenHash, accountId == null ? null : new AccountId(accountId),
                agentId == null ? null : new AgentId(agentId), createdAt, expiresAt, lastUsedAt);
    }
}
