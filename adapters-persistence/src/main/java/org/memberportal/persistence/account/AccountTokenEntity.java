package org.memberportal.persistence.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.account.AccountTokens;

@Entity
@Table(name = "account_tokens")
public class AccountTokenEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "account_id", nullable = false, updatable = false)
    String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    AccountTokens.Purpose purpose;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;

    protected AccountTokenEntity() {
    }

    AccountTokenEntity(String tokenHash, String accountId, AccountTokens.Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }
}
