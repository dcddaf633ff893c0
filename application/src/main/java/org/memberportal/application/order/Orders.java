package org.memberportal.application.order;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.license.LicenseOrderHistory;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;

/** The orders of every company. */
public interface Orders extends LicenseOrderHistory {

    Order add(Order order);

    /** Saves a changed order; a {@code stale-version} conflict when it changed since it was read. */
    Order update(Order order);

    /** Any company's order: for agents, who fulfil them. */
    Optional<Order> findForAgent(String id);

    /** Oldest first; of one company (null: all) in one status (null: any). For agents. */
    Page<Order> page(CompanyId company, Order.Status status, PageRequest page);

    /** The orders the account placed, newest first. */
    Page<Order> placedBy(CompanyId company, AccountId account, PageRequest page);

    /** The company's license orders, oldest first: the order history of its licenses. */
    @Override
    List<Order> licenseOrdersOf(CompanyId company);
}
