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

    /** Rounded down to the second, so a filter "changed after" never misses the instant itself. */
    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    static Instant parse(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }
}
