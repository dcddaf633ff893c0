package org.memberportal.application.article;

import org.memberportal.application.mail.Html;

/**
 * A search hit's snippet as the API gives it: the article's text escaped, then its matched words
 * marked with {@code <mark>}, the only element a snippet holds. The search marks the words with
 * two control characters, which no text of an article contains (the renderer drops them).
 */
public final class Snippets {

    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    private Snippets() {
    }

    public static String marked(String textWithMarkers) {
        if (textWithMarkers == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < textWithMarkers.length(); i++) {
            char c = textWithMarkers.charAt(i);
            if (c == START && !open) {
                html.append(Html.escape(run.toString())).append("<mark>");
                run.setLength(0);
                open = true;
            } else if (c == STOP && open) {
                html.append(Html.escape(run.toString())).append("</mark>");
                run.setLength(0);
                open = false;
            } else if (c != START && c != STOP) {
                run.append(c);
            }
        }
        html.append(Html.escape(run.toString()));
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
