package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void isHeldAtTheCurrencysDecimals() {
        assertThat(Money.parse("150 EUR").plainAmount()).isEqualTo("150.00");
        assertThat(Money.parse(" 12.5  EUR ")).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.parse("1000 JPY").plainAmount()).isEqualTo("1000");
    }

    @Test
    void refusesWhatIsNoPrice() {
        assertThatThrownBy(() -> Money.parse("-1.00 EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1.005 EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("150.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("150.00 EURO")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} less {1}% is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            150.00 EUR | 20  | 120.00
            99.99 EUR  | 15  | 84.99
            0.05 EUR   | 50  | 0.03
            10.00 EUR  | 0   | 10.00
            10.00 EUR  | 100 | 0.00
            """)
    void aDiscountRoundsHalfUpToTheCent(String price, int percent, String expected) {
        assertThat(Money.parse(price).lessPercent(percent).plainAmount()).isEqualTo(expected);
    }
}
