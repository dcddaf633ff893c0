package org.memberportal.domain.livesession;

public enum CouponKind {
    /** Makes one session free: given while the company's support period lasts. */
    FREE,
    /** Takes a percentage off one session's price: given after the support period. */
    DISCOUNT
}
