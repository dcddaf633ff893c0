package org.memberportal.domain.account;

/**
 * A person's full name as they type it: one line (no control characters, no line or paragraph
 * separators, which would break e-mail headers and Mailchimp's merge fields), at most
 * {@link #MAX_LENGTH} characters once stripped.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** The name stripped, or an IllegalArgumentException saying what is wrong with it. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("the full name is missing");
        }
        String name = typed.strip();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the full name may have at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(PersonName::breaksTheLine)) {
            throw new IllegalArgumentException("the full name must be one line, without control characters");
        }
        return name;
    }

    private static boolean breaksTheLine(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
