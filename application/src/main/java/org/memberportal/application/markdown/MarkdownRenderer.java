package org.memberportal.application.markdown;

import org.memberportal.domain.markdown.RenderedMarkdown;

/**
 * Markdown as members are shown it: rendered by a Markdown library, then sanitized by an allow-list
 * (no script, no event handler, no {@code javascript:} link, no raw HTML survives), and its text.
 * The one way any Markdown a person wrote becomes HTML.
 */
public interface MarkdownRenderer {

    RenderedMarkdown render(String markdown);
}
