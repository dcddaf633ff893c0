package org.memberportal.domain.livesession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.ReadableCodes;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

class CouponTest {

    private static final Company ACME = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2026-12-31"), null);

    @ParameterizedTest(name = "on {0}: {1} until {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-01 | FREE     | 2026-12-31
            2026-12-31 | FREE     | 2026-12-31
            2027-01-01 | DISCOUNT | 2027-12-31
            2028-03-15 | DISCOUNT | 2028-12-31
            """)
    void aFreeCodeDuringTheSupportPeriodAndADiscountCodePerYearAfter(LocalDate today, CouponKind kind,
            LocalDate validUntil) {
        assertThat(Coupon.entitlement(ACME, today)).isEqualTo(new Coupon.Entitlement(kind, validUntil));
    }

    @Test
    void aCodeIsReadableAndTypedInAnyCase() {
        Coupon.Entitlement due = Coupon.entitlement(ACME, LocalDate.parse("2026-06-01"));
        Coupon coupon = Coupon.issue(AccountId.newId(), ACME.id(), due, Instant.EPOCH);

        assertThat(coupon.code()).startsWith("LS-");
        assertThat(ReadableCodes.hasShape(coupon.code().substring(3), 3, 4)).isTrue();
        assertThat(Coupon.normalize(" " + coupon.code().toLowerCase() + " ")).isEqualTo(coupon.code());
    }

    @ParameterizedTest(name = "{0}, on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # who                    | day        | outcome
            the holder               | 2026-06-01 | redeemed
            the holder               | 2026-12-31 | redeemed
            the holder               | 2027-01-01 | The coupon code was valid until 2026-12-31.
            the holder, used before  | 2026-06-01 | The coupon code was already used.
            someone else             | 2026-06-01 | That is not one of your coupon codes.
            the holder, elsewhere    | 2026-06-01 | That is not one of your coupon codes.
            """)
    void aCodeIsRedeemedOnceByItsHolderInItsCompanyWhileValid(String who, LocalDate day, String outcome) {
        AccountId holder = AccountId.newId();
        Coupon coupon = Coupon.issue(holder, ACME.id(), Coupon.entitlement(ACME, LocalDate.parse("2026-06-01")),
                Instant.EPOCH);
        if (who.endsWith("used before")) {
            coupon.redeem(holder, ACME.id(), "booking-0", LocalDate.parse("2026-06-01"), Instant.EPOCH);
        }
        AccountId by = who.startsWith("someone") ? AccountId.newId() : holder;
        CompanyId in = who.endsWith("elsewhere") ? CompanyId.newId() : ACME.id();

        String actual;
        try {
            coupon.redeem(by, in, "booking-1", day, Instant.EPOCH);
            actual = "redeemed";
            assertThat(coupon.usedFor()).isEqualTo("booking-1");
        } catch (Coupon.NotUsable refused) {
            actual = refused.getMessage();
        }

        assertThat(actual).isEqualTo(outcome);
    }

    @Test
    void theDueCodeIsTheEntitlementsKindAndValidity() {
        Coupon.Entitlement due = Coupon.entitlement(ACME, LocalDate.parse("2026-06-01"));
        Coupon coupon = Coupon.issue(AccountId.newId(), ACME.id(), due, Instant.EPOCH);

        assertThat(coupon.meets(due)).isTrue();
        assertThat(coupon.meets(Coupon.entitlement(ACME, LocalDate.parse("2027-01-01")))).isFalse();
    }
}
