package org.memberportal.application.order;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

public interface PlaceOrderUseCase {

    /** A member orders licenses (ORDER_LICENSES) or a paid service (ORDER_PAID_SERVICES) for their company. */
    Order place(Caller caller, CompanyId company, OrderLine line);
}
