package org.memberportal.application.session;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.identity.Caller;

public interface DescribeCallerUseCase {

    CallerProfile describe(Caller caller);

    /** A person whose request acts for no company: who they are and their memberships only. */
    CallerProfile describePerson(AccountId person);
}
