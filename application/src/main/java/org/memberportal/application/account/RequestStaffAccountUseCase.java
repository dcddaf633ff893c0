package org.memberportal.application.account;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.company.CompanyId;

public interface RequestStaffAccountUseCase {

    /**
     * A Manager or Primary asks for an account for a person of their staff; approved at once where
     * the portal is set so.
     */
    AccountRequest request(Caller caller, CompanyId company, NewStaffMember person);
}
