package org.memberportal.persistence.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.account.PortalAccount;

/** The person: one address and one password, whatever companies they are a member of. */
@Entity
@Table(name = "accounts")
public class AccountEntity {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    protected AccountEntity() {
    }

    static AccountEntity from(PortalAccount account) {
        AccountEntity entity = new AccountEntity();
        entity.id = account.id().value();
        entity.createdAt = account.createdAt();
        entity.copy(account);
        return entity;
    }

    void copy(PortalAccount account) {
        fullName = account.fullName();
        email = account.email().value();
        emailKey = account.email().key();
        passwordHash = account.passwordHash().orElse(null);
    }
}
