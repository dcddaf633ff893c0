package org.memberportal.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.KeysetQuery;

/**
 * The audit log. A record joins its caller's transaction, or has one of its own when the caller
 * keeps none open (a use case that waits on Mailchimp outside a transaction records afterwards).
 */
@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(AuditEventEntity.from(event));
    }

    @Override
    public Page<AuditEvent> page(CompanyId company, PageRequest page) {
        return KeysetQuery.of(em, AuditEventEntity.class, "e")
                .where(company != null, "e.companyId = :company", "company", company == null ? null : company.value())
                .descending(page, e -> e.id)
                .map(AuditEventEntity::toDomain);
    }
}
