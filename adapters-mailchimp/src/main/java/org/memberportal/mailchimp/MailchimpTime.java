package org.memberportal.mailchimp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Mailchimp's times: ISO 8601 to the second with an offset, {@code 2015-10-21T15:41:36+00:00}. */
final class MailchimpTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private MailchimpTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * The value of {@code since_last_changed} that lists changes at or after {@code since}:
     * Mailchimp lists those strictly after, and keeps times to the second, so the second before.
     */
    static String changedAtOrAfter(Instant since) {
        return format(since.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
    }

    static Instant parse(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }
}
