package org.memberportal.rest;

/**
 * Regular expressions for Bean Validation's {@code @Pattern} on the string fields of request bodies.
 * Control characters have no business in a name, an address or a subject: a line break in a name
 * could add a header to an e-mail, and a NUL byte fails a PostgreSQL query.
 */
public final class TextRules {

    /** One line: no control character at all (C0, DEL, C1). */
    public static final String ONE_LINE = "\\P{Cc}*";
    public static final String ONE_LINE_MESSAGE = "must be one line without control characters";

    /** Text of several lines: tabs and line breaks, no other control character. */
    public static final String TEXT = "[\\P{Cc}\\t\\n\\r]*";
    public static final String TEXT_MESSAGE = "must not contain control characters other than tabs and line breaks";

    private TextRules() {
    }
}
