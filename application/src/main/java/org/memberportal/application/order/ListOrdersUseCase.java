package org.memberportal.application.order;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;

public interface ListOrdersUseCase {

    /** For agents: the orders of every company, or of one; in one status or any. */
    Page<Order> all(Caller caller, CompanyId company, Order.Status status, PageRequest page);
}
