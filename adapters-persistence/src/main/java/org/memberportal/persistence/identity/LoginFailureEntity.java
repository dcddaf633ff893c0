package org.memberportal.persistence.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.TimeOrderedIds;

@Entity
@Table(name = "login_failures")
public class LoginFailureEntity {

    @Id
    String id;

    @Column(name = "attempt_key", nullable = false)
    String key;

    @Column(name = "failed_at", nullable = false)
    Instant failedAt;

    protected LoginFailureEntity() {
    }

    LoginFailureEntity(String key, Instant failedAt) {
        this.id = TimeOrderedIds.next();
        this.key = key;
        this.failedAt = failedAt;
    }
}
