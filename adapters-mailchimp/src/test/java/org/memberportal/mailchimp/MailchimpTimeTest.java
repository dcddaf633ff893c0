package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

class MailchimpTimeTest {

    @Test
    void writesMailchimpsFormatRoundedDownToTheSecond() {
        assertThat(MailchimpTime.format(Instant.parse("2015-10-21T15:41:36.999Z"))).isEqualTo("2015-10-21T15:41:36+00:00");
    }

    @Test
    void asksForChangesAfterTheSecondBeforeSinceMailchimpListsThoseStrictlyAfter() {
        assertThat(MailchimpTime.changedAtOrAfter(Instant.parse("2015-10-21T15:41:36.400Z")))
                .isEqualTo("2015-10-21T15:41:35+00:00");
    }

    @Test
    void readsAnyOffset() {
        assertThat(MailchimpTime.parse("2015-10-21T17:41:36+02:00")).isEqualTo(Instant.parse("2015-10-21T15:41:36Z"));
        assertThat(MailchimpTime.parse("")).isNull();
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void readsEveryTimeAsTheGeneralParserDoes(@ForAll("timesInMailchimpsShapeAndNearIt") String text) {
        Instant general;
        try {
            general = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException refused) {
            general = null;
        }
        if (general == null) {
            assertThatThrownBy(() -> MailchimpTime.parse(text))
                    .isInstanceOf(DateTimeParseException.class);
        } else {
            assertThat(MailchimpTime.parse(text)).isEqualTo(general);
        }
    }

    /** Mailchimp's shape with each field at random, out of range at times, and now and then a character swapped. */
    @Provide
    Arbitrary<String> timesInMailchimpsShapeAndNearIt() {
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 61),
                Arbitraries.of('+', '-'), Arbitraries.integers().between(0, 19), Arbitraries.of(0, 30, 45, 60))
                .as((year, month, day, hour, minute, sign, offsetHours, offsetMinutes) -> String.format(
                        "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", year, month, day, hour, minute, minute % 60, sign,
                        offsetHours, offsetMinutes));
        return Combinators.combine(shaped, Arbitraries.integers().between(0, 40), Arbitraries.of('x', '1', ' ', ':', 'Z'))
                .as((text, at, swapped) -> at < text.length() && at % 3 == 0
                        ? text.substring(0, at) + swapped + text.substring(at + 1)
                        : text);
    }
}
