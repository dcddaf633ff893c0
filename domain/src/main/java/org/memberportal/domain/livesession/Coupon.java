package org.memberportal.domain.livesession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

import org.memberportal.domain.ReadableCodes;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

/**
 * A live-session coupon code: bound to one account, valid until a day, usable once.
 *
 * <p>Which code an account has (DECIDED, see {@link #entitlement}): while the company's support
 * period lasts, one FREE code valid until the period's last day; after it, one DISCOUNT code per
 * calendar year, valid until the year's end. A FREE code matters for a session that takes place
 * after the support period but is booked while it lasts.
 */
public final class Coupon {

    /** The kind of code an account is due on a day, and the last day it is valid. */
    public record Entitlement(CouponKind kind, LocalDate validUntil) {
    }

    private final String code;
    private final AccountId accountId;
    private final CompanyId companyId;
    private final CouponKind kind;
    private final LocalDate validUntil;
    private final Instant issuedAt;
    private Instant usedAt;
    private String usedFor;
    private final long version;

    private Coupon(String code, AccountId accountId, CompanyId companyId, CouponKind kind, LocalDate validUntil,
            Instant issuedAt, Instant usedAt, String usedFor, long version) {
        this.code = Objects.requireNonNull(code, "code");
        this.accountId = Objects.requireNonNull(accountId, "account");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.validUntil = Objects.requireNonNull(validUntil, "valid until");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issued at");
        this.usedAt = usedAt;
        this.usedFor = usedFor;
        this.version = version;
    }

    public static Entitlement entitlement(Company company, LocalDate today) {
        if (company.withinSupportPeriod(today)) {
            return new Entitlement(CouponKind.FREE, company.supportPeriodEndsOn());
        }
        return new Entitlement(CouponKind.DISCOUNT, MonthDay.of(12, 31).atYear(today.getYear()));
    }

    public static Coupon issue(AccountId accountId, CompanyId companyId, Entitlement entitlement, Instant now) {
        return new Coupon("LS-" + ReadableCodes.generate(3, 4), accountId, companyId, entitlement.kind(),
                entitlement.validUntil(), now, null, null, 0);
    }

    public static Coupon restore(String code, AccountId accountId, CompanyId companyId, CouponKind kind,
            LocalDate validUntil, Instant issuedAt, Instant usedAt, String usedFor, long version) {
        return new Coupon(code, accountId, companyId, kind, validUntil, issuedAt, usedAt, usedFor, version);
    }

    /** Codes are typed by people: compared without regard to case or surrounding blanks. */
    public static String normalize(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether this is the code an account is due: of the entitlement's kind and validity. */
    public boolean meets(Entitlement entitlement) {
        return kind == entitlement.kind() && validUntil.equals(entitlement.validUntil());
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /**
     * Refuses a code its holder cannot use today: someone else's (or one of the holder's codes in
     * another company) is answered like an unknown one, so that codes cannot be probed, while the
     * holder of a used or expired code is told which.
     */
    public void requireUsableBy(AccountId holder, CompanyId company, LocalDate today) {
        if (!accountId.equals(holder) || !companyId.equals(company)) {
            throw NotUsable.unknown();
        }
        if (isUsed()) {
            throw NotUsable.used();
        }
        if (!isValidOn(today)) {
            throw new NotUsable("The coupon code was valid until " + validUntil + ".");
        }
    }

    /** Uses the code up for a booking, once, by its holder, while it is valid. */
    public void redeem(AccountId holder, CompanyId company, String bookingId, LocalDate today, Instant now) {
        requireUsableBy(holder, company, today);
        this.usedAt = Objects.requireNonNull(now, "now");
        this.usedFor = Objects.requireNonNull(bookingId, "booking");
    }

    /** Why a typed code cannot be used; the message is the one the member reads. */
    public static final class NotUsable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUsable(String message) {
            super(message);
        }

        /** A code the portal does not know, or not the caller's. */
        public static NotUsable unknown() {
            return new NotUsable("That is not one of your coupon codes.");
        }

        /** A code used up, here or by a booking that came first. */
        public static NotUsable used() {
            return new NotUsable("The coupon code was already used.");
        }
    }

    public String code() {
        return code;
    }

    public AccountId accountId() {
        return accountId;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public CouponKind kind() {
        return kind;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public String usedFor() {
        return usedFor;
    }

    public long version() {
        return version;
    }
}
