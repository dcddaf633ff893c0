package org.memberportal.domain.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people quote on the phone: {@code T-000123}. Drawn from one counter of the
 * database, so it is unique across all portal instances; it may have gaps, never repeats.
 */
public record TicketNumber(long value) {

    private static final Pattern SHAPE = Pattern.compile("T-(\\d{6,18})");

    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
    }

    public static TicketNumber parse(String text) {
        Matcher matcher = SHAPE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a ticket number looks like T-000123");
        }
        return new TicketNumber(Long.parseLong(matcher.group(1)));
    }

    /** Padded by hand: a list writes fifty of these, and String.format costs more than the rest of a row. */
    @Override
    public String toString() {
        String digits = Long.toString(value);
        return "T-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }
}
