package org.memberportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;

@ApplicationScoped
@Transactional
public class AuditLog implements ListAuditEventsUseCase {

    private final AuditTrail trail;

    protected AuditLog() {
        this(null); // for the CDI proxy
    }

    @Inject
    public AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Page<AuditEvent> list(Caller caller, CompanyId company, PageRequest page) {
        Authorization.requireAgent(caller);
        return trail.page(company, page);
    }
}
