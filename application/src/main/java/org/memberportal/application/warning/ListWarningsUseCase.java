package org.memberportal.application.warning;

import java.time.Instant;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

public interface ListWarningsUseCase {

    /** For agents: warnings raised, newest first; open ones only, cleared ones only, or all (null). */
    Page<WarningEntry> list(Caller caller, Boolean open, PageRequest page);

    record WarningEntry(String id, CompanyId companyId, String companyName, CompanyWarning warning, Instant since,
            Instant clearedAt) {
    }
}
