package org.memberportal.persistence.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.warning.RaisedWarning;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

@Entity
@Table(name = "company_warnings")
public class RaisedWarningEntity {

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    CompanyWarning code;

    @Column(nullable = false, updatable = false)
    Instant since;

    @Column(name = "cleared_at")
    Instant clearedAt;

    protected RaisedWarningEntity() {
    }

    static RaisedWarningEntity from(RaisedWarning warning) {
        RaisedWarningEntity entity = new RaisedWarningEntity();
        entity.id = warning.id();
        entity.companyId = warning.companyId().value();
        entity.code = warning.warning();
        entity.since = warning.since();
        entity.clearedAt = warning.clearedAt();
        return entity;
    }

    RaisedWarning toDomain() {
        return new RaisedWarning(id, new CompanyId(companyId), code, since, clearedAt);
    }
}
