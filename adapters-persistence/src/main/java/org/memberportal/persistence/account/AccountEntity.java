package org.memberportal.persistence.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

@Entity
@Table(name = "accounts")
public class AccountEntity {

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(nullable = false)
    String email;

    @Column(name = "email_key", nullable = false)
    String emailKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PermissionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccountStatus status;

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
        entity.companyId = account.companyId().value();
        entity.createdAt = account.createdAt();
        entity.copy(account);
        return entity;
    }

    void copy(PortalAccount account) {
        fullName = account.fullName();
        email = account.email().value();
        emailKey = account.email().key();
        level = account.level();
        status = account.status();
        passwordHash = account.passwordHash().orElse(null);
    }

    public PortalAccount toDomain() {
        return PortalAccount.restore(new AccountId(id), new CompanyId(companyId), fullName, EmailAddress.of(email),
                level, status, passwordHash, createdAt, version);
    }
}
