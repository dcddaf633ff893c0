package org.memberportal.persistence.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

@Entity
@Table(name = "agents")
public class AgentEntity {

    @Id
    String id;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(nullable = false)
    String email;

    @Column(name = "email_key", nullable = false)
    String emailKey;

    @Column(name = "password_hash")
    String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccountStatus status;

    @Column(name = "password_change_due", nullable = false)
    boolean passwordChangeDue;

    protected AgentEntity() {
    }

    static AgentEntity from(SupportAgent agent) {
        AgentEntity entity = new AgentEntity();
        entity.id = agent.id().value();
        entity.fullName = agent.fullName();
        entity.email = agent.email().value();
        entity.emailKey = agent.email().key();
        entity.passwordHash = agent.passwordHash();
        entity.status = agent.status();
        entity.passwordChangeDue = agent.passwordChangeDue();
        return entity;
    }

    SupportAgent toDomain() {
        return new SupportAgent(new AgentId(id), fullName, EmailAddress.of(email), passwordHash, status,
                passwordChangeDue);
    }
}
