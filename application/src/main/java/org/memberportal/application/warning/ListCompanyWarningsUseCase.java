package org.memberportal.application.warning;

import java.util.List;

import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

public interface ListCompanyWarningsUseCase {

    /**
     * The warnings that hold now for the caller's own company, oldest first: for the members the
     * warnings reach by e-mail, so that the portal's pages show what the e-mails said.
     */
    List<RaisedWarning> open(Caller caller, CompanyId company);
}
