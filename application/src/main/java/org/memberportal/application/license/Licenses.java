package org.memberportal.application.license;

import java.util.List;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;

/** The licenses of every company. */
public interface Licenses {

    /** Stores a new license and answers it as stored, with its first version. */
    License add(License license);

    /** Saves a changed license; a {@code stale-version} conflict when it changed since it was read. */
    License update(License license);

    /** Every license of the company, oldest first. */
    List<License> allOf(CompanyId company);

    /** The company's licenses, oldest first, a page at a time. */
    Page<License> pageOf(CompanyId company, PageRequest page);

    /** The companies holding a license of this product (any kind, expired or not), compared without regard to case. */
    List<CompanyId> companiesHolding(String product);
}
