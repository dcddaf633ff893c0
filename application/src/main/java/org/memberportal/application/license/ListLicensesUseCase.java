package org.memberportal.application.license;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.LicenseInformation;

public interface ListLicensesUseCase {

    /** The company's licenses in the one view the caller's capabilities allow (see LicenseDisclosure). */
    Page<LicenseInformation> list(Caller caller, CompanyId company, PageRequest page);
}
