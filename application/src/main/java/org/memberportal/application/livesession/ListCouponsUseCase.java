package org.memberportal.application.livesession;

import java.util.List;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.livesession.Coupon;

public interface ListCouponsUseCase {

    /**
     * The caller's codes valid today, used or not. The code the account is due today (see
     * Coupon.entitlement) is issued on the first read.
     */
    List<Coupon> current(Caller caller);
}
