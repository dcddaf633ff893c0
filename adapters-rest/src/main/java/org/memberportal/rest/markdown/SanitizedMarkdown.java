package org.memberportal.rest.markdown;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.memberportal.application.markdown.MarkdownRenderer;
import org.memberportal.domain.markdown.RenderedMarkdown;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown rendered by commonmark-java, then sanitized by the OWASP Java HTML Sanitizer with an
 * allow-list of the elements Markdown makes: nothing of HTML is judged here by hand. Two locks, so
 * that either alone would still hold: the renderer leaves raw HTML out (a tag someone typed is
 * neither run nor shown) and drops unsafe link targets, and the sanitizer keeps only the listed
 * elements and attributes, with http, https and mailto links. The text for search is the sanitized
 * HTML's, read by jsoup.
 */
@ApplicationScoped
public class SanitizedMarkdown implements MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(context -> new LeftOut()).sanitizeUrls(true).build();

    /** What Markdown makes, and nothing that runs, loads or styles anything (no images, no style). */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .toFactory();

    /** Raw HTML in Markdown renders as nothing. */
    private static final class LeftOut implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            // left out on purpose: the portal shows what Markdown means, never HTML someone typed
        }
    }

    /** Control characters other than line breaks and tabs: search marks its hits with two of them. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    @Override
    public RenderedMarkdown render(String markdown) {
        String html = POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
        String text = CONTROLS.matcher(Jsoup.parseBodyFragment(html).text()).replaceAll(" ");
        return new RenderedMarkdown(markdown, CONTROLS.matcher(html).replaceAll(" "), text);
    }
}
