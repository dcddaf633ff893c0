package org.memberportal.persistence.throttle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "trusted_devices")
public class TrustedDeviceEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(nullable = false, updatable = false)
    String subject;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    protected TrustedDeviceEntity() {
    }

    TrustedDeviceEntity(String tokenHash, String subject, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.subject = subject;
        this.expiresAt = expiresAt;
    }
}
