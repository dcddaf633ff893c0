package org.memberportal.application.order;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.order.Order;

public interface ListOwnOrdersUseCase {

    /** The orders the caller placed, newest first, with their state. */
    Page<Order> mine(Caller caller, PageRequest page);
}
