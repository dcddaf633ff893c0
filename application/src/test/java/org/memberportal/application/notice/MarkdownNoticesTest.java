package org.memberportal.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.markdown.RenderedMarkdown;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;

class MarkdownNoticesTest {

    /** The portal's renderer stands in at the edge: what it makes is proven by its own test. */
    private final MarkdownNotices notices = new MarkdownNotices(
            markdown -> new RenderedMarkdown(markdown, "<p>rendered</p>", "rendered"));

    @Test
    void theBodyIsTheRenderersUnderAnEscapedHeadingWithTheUnsubscribeFooterInBothParts() {
        NoticeContent content = notices.render(new NoticeDraft("CAD <Pro>", "5.1", "CAD 5.1 is out",
                "**Faster** <script>alert(1)</script>", null, NoticeAudience.ALL));

        assertThat(content.html()).startsWith("<h1>CAD &lt;Pro&gt; 5.1</h1><p>rendered</p>")
                .contains(NoticeContent.UNSUBSCRIBE_TAG).doesNotContain("<script>");
        assertThat(content.plainText()).startsWith("CAD <Pro> 5.1\n\n**Faster**")
                .contains(NoticeContent.UNSUBSCRIBE_TAG);
    }
}
