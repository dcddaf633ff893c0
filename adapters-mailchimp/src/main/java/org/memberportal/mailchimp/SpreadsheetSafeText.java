package org.memberportal.mailchimp;

/**
 * Text that Mailchimp's exports hand to spreadsheets: a value beginning with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return) would run as a formula on the vendor's
 * machine (OWASP's CSV injection), so it travels with a leading apostrophe, which the way back
 * takes off again. The portal's own data and JSON keep the name as given.
 */
final class SpreadsheetSafeText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafeText() {
    }

    static String outgoing(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String incoming(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }
}
