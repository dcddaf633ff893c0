package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    /** The shape the portal has always accepted, as a pattern. */
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Property
    void addressesThatDifferOnlyInCaseAreOne(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String local,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String domain) {
        EmailAddress lower = EmailAddress.of(local.toLowerCase(Locale.ROOT) + "@" + domain + ".com");
        EmailAddress upper = EmailAddress.of(local.toUpperCase(Locale.ROOT) + "@" + domain + ".COM");

        assertThat(upper).isEqualTo(lower);
        assertThat(upper.key()).isEqualTo(lower.key());
    }

    @Property(tries = 5000)
    void acceptsWhatThePatternAcceptsAndNothingElse(
            @ForAll @Chars({'a', 'B', '@', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '-'})
            @StringLength(max = 12) String raw) {
        String trimmed = raw.strip();
        assertThat(EmailAddress.isValid(raw)).as("[%s]", raw).isEqualTo(SHAPE.matcher(trimmed).matches());
    }

    @Test
    void isStoredAsEntered() {
        assertThat(EmailAddress.of("  Jane.Doe@Example.com ").value()).isEqualTo("Jane.Doe@Example.com");
    }

    @Test
    void refusesWhatIsNoAddress() {
        assertThatThrownBy(() -> EmailAddress.of("jane")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.of("jane@localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.of("a b@example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(EmailAddress.of("IVAN@EXAMPLE.COM").key()).isEqualTo("ivan@example.com");
        } finally {
            Locale.setDefault(before);
        }
    }
}
