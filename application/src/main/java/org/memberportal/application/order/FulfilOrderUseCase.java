package org.memberportal.application.order;

import java.time.LocalDate;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.license.License;
import org.memberportal.domain.order.Order;

public interface FulfilOrderUseCase {

    /**
     * For agents. A license order raises the quantity of the company's license of that product
     * and kind (the one expiring last, if several); where the company has none, it creates one,
     * which needs {@code newLicenseExpiresOn}. The orderer is e-mailed.
     */
    Fulfilment fulfil(Caller caller, String orderId, LocalDate newLicenseExpiresOn);

    /** The fulfilled order, and the license it raised or created (null for a service order). */
    record Fulfilment(Order order, License license) {
    }
}
