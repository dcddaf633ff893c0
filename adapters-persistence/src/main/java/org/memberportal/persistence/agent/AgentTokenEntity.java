package org.memberportal.persistence.agent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agent_tokens")
public class AgentTokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "agent_id", nullable = false, updatable = false)
    String agentId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;

    @Column(nullable = false, updatable = false)
    String purpose;

    protected AgentTokenEntity() {
    }

    AgentTokenEntity(String tokenHash, String agentId, String purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.agentId = agentId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }
}
