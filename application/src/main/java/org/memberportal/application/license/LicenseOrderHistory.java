package org.memberportal.application.license;

import java.util.List;

import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;

/** The orders of licenses a company placed: the order history of its full license information. */
public interface LicenseOrderHistory {

    List<Order> licenseOrdersOf(CompanyId company);
}
