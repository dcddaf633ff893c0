package org.memberportal.application.audit;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;

public interface AuditTrail {

    void record(AuditEvent event);

    /** Events of one company, or of all when {@code company} is null, newest first. */
    Page<AuditEvent> page(CompanyId company, PageRequest page);
}
