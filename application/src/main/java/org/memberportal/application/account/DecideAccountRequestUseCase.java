package org.memberportal.application.account;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.PortalAccount;

public interface DecideAccountRequestUseCase {

    /** An agent approves: the account is created pending activation and its link e-mailed. */
    PortalAccount approve(Caller caller, String requestId);

    AccountRequest reject(Caller caller, String requestId, String reason);
}
