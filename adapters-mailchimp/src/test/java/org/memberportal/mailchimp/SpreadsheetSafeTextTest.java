package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(1)|'=HYPERLINK(1)",
        "+1 555|'+1 555",
        "-Ada|'-Ada",
        "@Ada|'@Ada",
        "Ada|Ada",
        "'quoted|'quoted",
        "O'Brien|O'Brien"})
    void formulaStartsTravelWithAnApostropheAndComeBackAsGiven(String name, String toMailchimp) {
        assertThat(SpreadsheetSafeText.outgoing(name)).isEqualTo(toMailchimp);
        assertThat(SpreadsheetSafeText.incoming(SpreadsheetSafeText.outgoing(name))).isEqualTo(name);
    }
}
