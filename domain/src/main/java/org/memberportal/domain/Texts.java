package org.memberportal.domain;

/** Checks of what people type: free text (subjects, descriptions, names of products) and required values. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or an IllegalArgumentException naming {@code what} when blank or too long. */
    public static String require(String what, String text, int maxLength) {
        if (text == null || text.codePoints().allMatch(Texts::unseen)) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " may have at most " + maxLength + " characters");
        }
        return stripped;
    }

    /**
     * A value a person must give (a kind, a time, a link), or an IllegalArgumentException saying
     * so: a missing input is the caller's to fix, never a NullPointerException.
     */
    public static <T> T present(T value, String missing) {
        if (value == null) {
            throw new IllegalArgumentException(missing);
        }
        return value;
    }

    /** As {@link #require}, and on one line: for short texts shown in lists and e-mail subjects. */
    public static String requireOneLine(String what, String text, int maxLength) {
        String stripped = require(what, text, maxLength);
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be one line");
        }
        return stripped;
    }

    /**
     * A character that shows nothing: white space of any kind (a no-break space too), a control
     * or a format character (a zero-width space). A text of only these reads as empty, and a link
     * made of it has no name a screen reader could say.
     */
    private static boolean unseen(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
