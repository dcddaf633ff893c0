package org.memberportal.mailchimp.campaign;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.memberportal.application.notice.NoticeContent;
import org.memberportal.application.notice.NoticeRendering;
import org.memberportal.domain.notice.NoticeDraft;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A notice's Markdown as its campaign's content: rendered with commonmark-java, then sanitized with
 * an allow-list (never the other way round: what the renderer makes is what is checked), and then
 * the footer Mailchimp requires, with the {@code *|UNSUB|*} merge tag, is added. Raw HTML in the
 * Markdown is escaped, not passed on.
 */
@ApplicationScoped
public class MarkdownNoticeRendering implements NoticeRendering {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    static final String HTML_FOOTER = "<hr><p>You receive update notices because you chose them in the member portal."
            + " <a href=\"" + NoticeContent.UNSUBSCRIBE_TAG + "\">Unsubscribe</a></p>";
    static final String TEXT_FOOTER = "\n\n--\nYou receive update notices because you chose them in the member portal."
            + "\nUnsubscribe: " + NoticeContent.UNSUBSCRIBE_TAG + "\n";

    @Override
    public NoticeContent render(NoticeDraft draft) {
        Node document = PARSER.parse(draft.bodyMarkdown());
        String body = POLICY.sanitize(HTML.render(document));
        String heading = POLICY.sanitize("<h1>" + escape(draft.product() + " " + draft.productVersion()) + "</h1>");
        return new NoticeContent(heading + body + HTML_FOOTER,
                draft.product() + " " + draft.productVersion() + "\n\n" + TEXT.render(document).strip() + TEXT_FOOTER);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
