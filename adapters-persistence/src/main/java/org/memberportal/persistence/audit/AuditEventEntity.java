package org.memberportal.persistence.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.domain.company.CompanyId;

@Entity
@Table(name = "audit_events")
public class AuditEventEntity {

    private static final int MAX_DETAILS = 2000;

    @Id
    String id;

    @Column(nullable = false, updatable = false)
    Instant at;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(nullable = false, updatable = false)
    String action;

    @Column(name = "company_id", updatable = false)
    String companyId;

    @Column(updatable = false)
    String subject;

    @Column(updatable = false)
    String details;

    protected AuditEventEntity() {
    }

    static AuditEventEntity from(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.id = event.id();
        entity.at = event.at();
        entity.actor = event.actor();
        entity.action = event.action();
        entity.companyId = event.companyId() == null ? null : event.companyId().value();
        entity.subject = event.subject();
        entity.details = event.details() == null || event.details().length() <= MAX_DETAILS
                ? event.details()
                : event.details().substring(0, MAX_DETAILS);
        return entity;
    }

    AuditEvent toDomain() {
        return new AuditEvent(id, at, actor, action, companyId == null ? null : new CompanyId(companyId), subject,
                details);
    }
}
