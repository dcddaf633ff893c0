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
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.company.CompanyId;

@Entity
@Table(name = "account_requests")
public class AccountRequestEntity {

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
    AccountRequest.Status status;

    @Column(name = "requested_by")
    String requestedBy;

    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Column(name = "account_id")
    String accountId;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "known_elsewhere", nullable = false, updatable = false)
    boolean knownElsewhere;

    @Version
    long version;

    protected AccountRequestEntity() {
    }

    static AccountRequestEntity from(AccountRequest request) {
        AccountRequestEntity entity = new AccountRequestEntity();
        entity.id = request.id();
        entity.companyId = request.companyId().value();
        entity.fullName = request.fullName();
        entity.email = request.email().value();
        entity.emailKey = request.email().key();
        entity.level = request.level();
        entity.requestedBy = request.requestedBy() == null ? null : request.requestedBy().value();
        entity.requestedAt = request.requestedAt();
        entity.knownElsewhere = request.isKnownElsewhere();
        entity.copyDecision(request);
        return entity;
    }

    void copyDecision(AccountRequest request) {
        status = request.status();
        rejectionReason = request.rejectionReason();
        accountId = request.accountId() == null ? null : request.accountId().value();
        decidedAt = request.decidedAt();
    }

    AccountRequest toDomain() {
        return AccountRequest.restore(id, new CompanyId(companyId), fullName, EmailAddress.of(email), level,
                requestedBy == null ? null : new AccountId(requestedBy), requestedAt, status, rejectionReason,
                accountId == null ? null : new AccountId(accountId), decidedAt, knownElsewhere, version);
    }
}
