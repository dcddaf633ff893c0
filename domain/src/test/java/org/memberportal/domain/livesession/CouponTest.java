package org.memberportal.domain.livesession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aCodeIsBoundToItsAccountAndUsedOnce() {
        AccountId holder = AccountId.newId();
        Coupon coupon = Coupon.issue(holder, ACME.id(), Coupon.entitlement(ACME, LocalDate.parse("2026-06-01")),
                Instant.EPOCH);

        assertThat(coupon.code()).startsWith("LS-");
        assertThat(ReadableCodes.hasShape(coupon.code().substring(3), 3, 4)).isTrue();
        assertThat(Coupon.normalize(" " + coupon.code().toLowerCase() + " ")).isEqualTo(coupon.code());
        assertThat(coupon.isHeldBy(holder)).isTrue();
        assertThat(coupon.isHeldBy(AccountId.newId())).isFalse();
        assertThat(coupon.isValidOn(LocalDate.parse("2027-01-01"))).isFalse();

        coupon.redeem("booking-1", Instant.EPOCH);

        assertThat(coupon.isUsed()).isTrue();
        assertThatThrownBy(() -> coupon.redeem("booking-2", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
