package org.memberportal.application.account;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

public interface OpenAccountUseCase {

    /** An agent creates a company's account directly (its first Primary, say), at any level. */
    PortalAccount open(Caller caller, CompanyId company, NewStaffMember person);
}
