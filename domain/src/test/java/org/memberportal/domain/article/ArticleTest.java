package org.memberportal.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.markdown.RenderedMarkdown;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final RenderedMarkdown BODY = new RenderedMarkdown("Body", "<p>Body</p>", "Body");

    @Test
    void onlyAPublishedArticleIsShownToMembers() {
        Article article = Article.write("Title", "Printing", BODY, null, NOW);
        assertEquals(ArticleStatus.DRAFT, article.status());
        assertFalse(article.isPublished());

        article.edit(new Article.Edit(null, null, null, ArticleStatus.PUBLISHED), NOW.plusSeconds(1));
        assertTrue(article.isPublished());
        article.edit(new Article.Edit("New title", null, null, ArticleStatus.ARCHIVED), NOW.plusSeconds(2));

        assertFalse(article.isPublished());
        assertEquals("New title", article.title());
        assertEquals(NOW.plusSeconds(2), article.updatedAt());
    }

    @Test
    void aNewArticleIsNeverArchived() {
        assertThrows(IllegalArgumentException.class,
                () -> Article.write("Title", "Printing", BODY, ArticleStatus.ARCHIVED, NOW));
    }

    @Test
    void itsSummaryIsTheBeginningOfItsTextCutAtAWord() {
        String text = "word ".repeat(100).strip();
        Article article = Article.write("Title", "Printing", new RenderedMarkdown(text, text, text), null, NOW);

        assertTrue(article.summary().endsWith("word…"), article.summary());
        assertTrue(article.summary().length() <= Article.SUMMARY_LENGTH + 1);
    }
}
