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
 */
public final class LiveSessionPricing {

    /** The price, and whether the coupon offered (if any) lowered it. */
    public record Quote(Money price, boolean couponLowersPrice) {
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
        if (coupon == null) {
            return new Quote(base, false);
        }
        Money reduced = coupon == CouponKind.FREE ? Money.zero(currency) : base.lessPercent(discountPercent);
        return new Quote(reduced, reduced.amount().compareTo(base.amount()) < 0);
    }

    private static boolean isFree(SessionKind kind, Company company, LocalDate sessionDay) {
        return !kind.freeWithinSupportPeriod() || company.withinSupportPeriod(sessionDay);
    }

    public int discountPercent() {
        return discountPercent;
    }
}
