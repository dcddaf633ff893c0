package org.memberportal.domain.markdown;

import java.util.Objects;

/**
 * A text written in Markdown, as its author wrote it, with the HTML it is shown as (rendered, then
 * sanitized: only what an allow-list keeps) and that HTML's plain text, which search reads.
 */
public record RenderedMarkdown(String markdown, String html, String text) {

    public RenderedMarkdown {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
