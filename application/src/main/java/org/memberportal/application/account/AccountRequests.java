package org.memberportal.application.account;

import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.company.CompanyId;

public interface AccountRequests {

    /** Stores a new request and answers it as stored (with its version). */
    AccountRequest add(AccountRequest request);

    AccountRequest update(AccountRequest request);

    Optional<AccountRequest> find(String id);

    /** True when a request for the address waits in this company. */
    boolean pendingFor(EmailAddress email, CompanyId company);

    /** Requests of one company (or of all, when {@code company} is null), in a status or any. */
    Page<AccountRequest> page(CompanyId company, AccountRequest.Status status, PageRequest page);
}
