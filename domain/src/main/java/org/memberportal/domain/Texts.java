package org.memberportal.domain;

/** Checks of free text that people type (subjects, descriptions, names of products). */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or an IllegalArgumentException naming {@code what} when blank or too long. */
    public static String require(String what, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " may have at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** As {@link #require}, and on one line: for short texts shown in lists and e-mail subjects. */
    public static String requireOneLine(String what, String text, int maxLength) {
        String stripped = require(what, text, maxLength);
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be one line");
        }
        return stripped;
    }
}
