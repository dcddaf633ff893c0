package org.memberportal.application.license;

import java.time.LocalDate;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;

public interface IssueLicenseUseCase {

    /** For agents: a new license of the company, with a fresh key and activation codes. */
    License issue(Caller caller, CompanyId company, NewLicense license);

    record NewLicense(String product, LicenseKind kind, int quantity, LocalDate expiresOn) {
    }
}
