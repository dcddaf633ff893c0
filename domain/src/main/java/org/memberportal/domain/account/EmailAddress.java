package org.memberportal.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, stored as entered and compared case-insensitively: two addresses that differ
 * only in case belong to one person, so they share one {@link #key()}.
 */
public final class EmailAddress {

    // Deliberately loose: the only real check of an address is the activation e-mail reaching it.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static EmailAddress of(String raw) {
        Objects.requireNonNull(raw, "e-mail address");
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return new EmailAddress(trimmed);
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    /** The form two addresses are compared in; also the Mailchimp subscriber key's input. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
