package org.memberportal.application.account;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.company.CompanyId;

public interface ListAccountRequestsUseCase {

    /** A Manager's or Primary's view: the requests of their company. */
    Page<AccountRequest> ofCompany(Caller caller, CompanyId company, PageRequest page);

    /** The agents' queue: requests of every company, in one status or any (null). */
    Page<AccountRequest> all(Caller caller, AccountRequest.Status status, PageRequest page);
}
