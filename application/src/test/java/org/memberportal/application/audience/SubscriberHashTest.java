package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.EmailAddress;

class SubscriberHashTest {

    @Test
    void isTheMd5HexOfTheLowerCasedAddress() {
        // md5sum of the bytes "jane.doe@example.com"
        assertThat(SubscriberHash.of("Jane.Doe@Example.COM").value()).isEqualTo("0cba00ca3da1b283a57287bcceb17e35");
    }

    @Test
    void isTheSameForEveryCaseOfOneAddress() {
        assertThat(SubscriberHash.of(EmailAddress.of("JANE.DOE@example.com")))
                .isEqualTo(SubscriberHash.of(EmailAddress.of("jane.doe@EXAMPLE.com")));
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            // in Turkish, "I".toLowerCase() is a dotless i: a different address, a hash that names nobody
            assertThat(SubscriberHash.of("IVAN@EXAMPLE.COM")).isEqualTo(SubscriberHash.of("ivan@example.com"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
