package org.memberportal.application.account;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

public interface ListStaffUseCase {

    Page<PortalAccount> list(Caller caller, CompanyId company, PageRequest page);
}
