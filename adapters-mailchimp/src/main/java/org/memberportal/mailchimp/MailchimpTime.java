package org.memberportal.mailchimp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /**
     * Mailchimp's own shape is read digit by digit, anything else through {@link OffsetDateTime}:
     * a page of the pull holds a thousand members, each with its times, and the general parser
     * was a tenth of the pull's work. (Written by hand for that reason; a property test holds it to
     * the general parser.)
     */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = inOwnShape(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code uuuu-MM-ddTHH:mm:ss±HH:mm}, or null for any other text. */
    private static Instant inOwnShape(String text) {
        if (text.length() != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(22) != ':'
                || (text.charAt(19) != '+' && text.charAt(19) != '-')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int offsetHours = digits(text, 20, 2);
        int offsetMinutes = digits(text, 23, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        try {
            int sign = text.charAt(19) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        } catch (DateTimeException invalid) {
            return null; // the general parser says what is wrong
        }
    }

    /** The number the {@code count} ASCII digits from {@code start} spell, or -1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
