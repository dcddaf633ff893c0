package org.memberportal.application.audit;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;

public interface ListAuditEventsUseCase {

    /** For agents: the audit events of one company, or of all when {@code company} is null. */
    Page<AuditEvent> list(Caller caller, CompanyId company, PageRequest page);
}
