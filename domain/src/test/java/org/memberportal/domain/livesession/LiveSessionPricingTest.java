package org.memberportal.domain.livesession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.Money;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

class LiveSessionPricingTest {

    private static final LiveSessionPricing PRICING = new LiveSessionPricing(Map.of(
            SessionKind.INSTALLATION, Money.parse("200.00 EUR"),
            SessionKind.CONFIGURATION, Money.parse("150.00 EUR"),
            SessionKind.TRAINING, Money.parse("99.99 EUR")), 20);
    private static final Company ACME = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2026-12-31"), null);

    @ParameterizedTest(name = "{0} on {1} with coupon {2}: {3}, coupon used up {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind        | session day | coupon   | price  | coupon used up
            INSTALLATION  | 2026-12-31  |          | 0.00   | false
            CONFIGURATION | 2027-01-01  |          | 150.00 | false
            TRAINING      | 2027-01-01  |          | 99.99  | false
            CALL_RETURN   | 2027-01-01  |          | 0.00   | false
            CONFIGURATION | 2027-01-01  | DISCOUNT | 120.00 | true
            TRAINING      | 2027-01-01  | DISCOUNT | 79.99  | true
            CONFIGURATION | 2027-01-01  | FREE     | 0.00   | true
            CONFIGURATION | 2026-12-01  | FREE     | 0.00   | true
            CONFIGURATION | 2026-12-01  | DISCOUNT | 0.00   | false
            CALL_RETURN   | 2027-01-01  | DISCOUNT | 0.00   | false
            CALL_RETURN   | 2026-12-01  | FREE     | 0.00   | false
            INSTALLATION  | 2026-12-01  | FREE     | 0.00   | true
            """)
    void pricesFollowTheSupportPeriodAndTheCoupon(SessionKind kind, LocalDate day, CouponKind coupon, String price,
            boolean used) {
        LiveSessionPricing.Quote quote = PRICING.quote(kind, ACME, day, coupon);

        assertThat(quote.price()).isEqualTo(Money.of(price, "EUR"));
        assertThat(quote.usesCoupon()).isEqualTo(used);
    }
}
