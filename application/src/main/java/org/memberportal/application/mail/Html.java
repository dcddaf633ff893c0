package org.memberportal.application.mail;

/**
 * Escapes text for HTML e-mail bodies: the five characters that matter in text and attribute
 * values. (By hand: no HTML library is on the runtime's class path, and this is all it takes.)
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
