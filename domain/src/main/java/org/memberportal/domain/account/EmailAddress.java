package org.memberportal.domain.account;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address, stored as entered and compared case-insensitively: two addresses that differ
 * only in case belong to one person, so they share one {@link #key()}.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 254;

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static EmailAddress of(String raw) {
        Objects.requireNonNull(raw, "e-mail address");
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH || !hasShape(trimmed)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return new EmailAddress(trimmed);
    }

    /**
     * Deliberately loose, as the only real check of an address is the activation e-mail reaching
     * it: one {@code @}, with text before it, a dot after it with text on both sides, and no
     * whitespace ({@code [^@\s]+@[^@\s]+\.[^@\s]+}). Checked by hand: the sync builds an address
     * from every stored row it reads, and that pattern's backtracking was a seventh of a scan.
     */
    private static boolean hasShape(String text) {
        int at = text.indexOf('@');
        if (at < 1 || at != text.lastIndexOf('@')) {
            return false;
        }
        int dot = text.indexOf('.', at + 2);
        if (dot < 0 || dot > text.length() - 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isRegexSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The whitespace of a pattern's {@code \s}: ASCII only, as before. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
