package org.memberportal.application.company;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.access.Caller;
import org.memberportal.domain.company.Company;

public interface ListCompaniesUseCase {

    Page<Company> list(Caller caller, PageRequest page);
}
