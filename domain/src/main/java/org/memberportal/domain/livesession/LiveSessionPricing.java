package org.memberportal.domain.livesession;

import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.memberportal.domain.Money;
import org.memberportal.domain.company.Company;

/**
 * What a live session costs (docs/rules.md, live sessions): a call return nothing; an installation,
 * configuration or training nothing when it takes place within the company's support period,
 * else its list price. A FREE coupon makes the session free, a DISCOUNT coupon takes a percentage
 * off. The list prices and the percentage are the vendor's settings.
 *
 * <p>A code the portal gave is never an error to enter (docs/rules.md, live sessions); the quote says
 * whether this booking uses it up: a FREE code on a session kind coupons are for, free anyway or
 * not, as the vendor's page tells members to enter it; a DISCOUNT code only where it lowers the
 * price. Elsewhere (a call return, a session already free) the code is accepted and kept.
 */
public final class LiveSessionPricing {

    /** The price, and whether the booking uses up the coupon offered (if any). */
    public record Quote(Money price, boolean usesCoupon) {
    }

    private final Map<SessionKind, Money> listPrices;
    private final int discountPercent;
    private final Currency currency;

    public LiveSessionPricing(Map<SessionKind, Money> listPrices, int discountPercent) {
        this.listPrices = new EnumMap<>(SessionKind.class);
        this.listPrices.putAll(listPrices);
        for (SessionKind kind : SessionKind.values()) {
            if (kind.freeWithinSupportPeriod() && !this.listPrices.containsKey(kind)) {
                throw new IllegalArgumentException("no list price for " + kind);
            }
        }
        this.currency = this.listPrices.values().iterator().next().currency();
        if (this.listPrices.values().stream().anyMatch(p -> !p.currency().equals(currency))) {
            throw new IllegalArgumentException("all list prices are in one currency");
        }
        if (discountPercent < 0 || discountPercent > 100) {
            throw new IllegalArgumentException("the discount is between 0 and 100 per cent");
        }
        this.discountPercent = discountPercent;
    }

    /** {@code coupon} is the kind of coupon offered, or null for none. */
    public Quote quote(SessionKind kind, Company company, LocalDate sessionDay, CouponKind coupon) {
        Objects.requireNonNull(kind, "kind");
        Money base = isFree(kind, company, sessionDay) ? Money.zero(currency) : listPrices.get(kind);
        if (coupon == null || !kind.freeWithinSupportPeriod()) {
            return new Quote(base, false);
        }
        Money reduced = coupon == CouponKind.FREE ? Money.zero(currency) : base.lessPercent(discountPercent);
        boolean lowers = reduced.amount().compareTo(base.amount()) < 0;
        return new Quote(reduced, coupon == CouponKind.FREE || lowers);
    }

    private static boolean isFree(SessionKind kind, Company company, LocalDate sessionDay) {
        return !kind.freeWithinSupportPeriod() || company.withinSupportPeriod(sessionDay);
    }

    public int discountPercent() {
        return discountPercent;
    }
}
