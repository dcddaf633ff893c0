package org.memberportal.application.livesession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.domain.livesession.Coupon;

/**
 * Stores a newly issued code in a transaction of its own, so that when a simultaneous read of the
 * same account stored it first (the store's unique key refuses the second), only this write fails
 * and the reader can read the winner's code instead.
 */
@ApplicationScoped
public class CouponIssuer {

    private final Coupons coupons;

    protected CouponIssuer() {
        this(null); // for the CDI proxy
    }

    @Inject
    public CouponIssuer(Coupons coupons) {
        this.coupons = coupons;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issue(Coupon coupon) {
        coupons.add(coupon);
    }
}
