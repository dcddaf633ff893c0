package org.memberportal.rest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.memberportal.domain.markdown.RenderedMarkdown;

class SanitizedMarkdownTest {

    private final SanitizedMarkdown markdown = new SanitizedMarkdown();

    @Test
    void rendersWhatMarkdownMakes() {
        RenderedMarkdown rendered = markdown.render("# Printing\n\nUse **bold** and [the guide](https://example.com/guide).\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x;\n```");
        assertTrue(rendered.html().contains("<h1>Printing</h1>"), rendered.html());
        assertTrue(rendered.html().contains("<strong>bold</strong>"), rendered.html());
        assertTrue(rendered.html().contains("href=\"https://example.com/guide\""), rendered.html());
        assertTrue(rendered.html().contains("<table>"), rendered.html());
        assertTrue(rendered.html().contains("<code class=\"language-java\">"), rendered.html());
        assertTrue(rendered.text().startsWith("Printing Use bold and the guide."), rendered.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Hi <img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div onclick=\"alert(1)\">raw</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![x](javascript:alert(1))",
        "<style>body{}</style>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)"})
    void hostileMarkdownComesBackWithoutAnyOfIt(String hostile) {
        String html = markdown.render(hostile).html().toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror=", "onclick=", "javascript:", "<img", "<iframe", "<div",
            "<style", "data:"}) {
            assertFalse(html.contains(bad), bad + " in " + html);
        }
    }

    @Test
    void rawHtmlIsLeftOutAndEscapedMarkdownIsText() {
        assertEquals("<p>bold</p>", markdown.render("<b>bold</b>").html().strip());
        assertEquals("", markdown.render("<div onclick=\"x()\">\nraw\n</div>").html().strip());
        assertEquals("<p>the &lt;b&gt; key</p>", markdown.render("the \\<b> key").html().strip());
    }

    @Test
    void noControlCharacterReachesTheText() {
        assertFalse(markdown.render("a &#2; b \u0003 c").text().matches(".*[\\u0002\\u0003].*"));
    }
}
