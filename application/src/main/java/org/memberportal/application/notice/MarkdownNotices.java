package org.memberportal.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.mail.Html;
import org.memberportal.application.markdown.MarkdownRenderer;
import org.memberportal.domain.notice.NoticeDraft;

/**
 * A notice's campaign content: its Markdown rendered and sanitized the one way the portal turns
 * anybody's Markdown into HTML (as articles and forum posts are), under a heading of the product and
 * version, and with the footer Mailchimp requires, holding its unsubscribe merge tag. The plain-text
 * part carries the Markdown as written: Markdown is made to read as plain text, and nothing in a
 * plain-text part runs.
 */
@ApplicationScoped
public class MarkdownNotices implements NoticeRendering {

    static final String HTML_FOOTER = "<hr><p>You receive update notices because you chose them in the member portal."
            + " <a href=\"" + NoticeContent.UNSUBSCRIBE_TAG + "\">Unsubscribe</a></p>";
    static final String TEXT_FOOTER = "\n\n--\nYou receive update notices because you chose them in the member portal."
            + "\nUnsubscribe: " + NoticeContent.UNSUBSCRIBE_TAG + "\n";

    private MarkdownRenderer markdown;

    protected MarkdownNotices() {
        // for CDI's proxy
    }

    @Inject
    public MarkdownNotices(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public NoticeContent render(NoticeDraft draft) {
        String heading = draft.product() + " " + draft.productVersion();
        return new NoticeContent("<h1>" + Html.escape(heading) + "</h1>" + markdown.render(draft.bodyMarkdown()).html()
                + HTML_FOOTER, heading + "\n\n" + draft.bodyMarkdown().strip() + TEXT_FOOTER);
    }
}
