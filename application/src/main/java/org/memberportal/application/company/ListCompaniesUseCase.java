package org.memberportal.application.company;

import java.util.Set;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.notification.CompanyWarning;

public interface ListCompaniesUseCase {

    /** For agents: the companies, each with the warnings open for it. */
    Page<CompanyOverview> list(Caller caller, PageRequest page);

    record CompanyOverview(Company company, Set<CompanyWarning> openWarnings) {
        public CompanyOverview {
            openWarnings = Set.copyOf(openWarnings);
        }
    }
}
