package org.memberportal.application.article;

import java.time.Instant;
import java.util.List;

/**
 * The published articles that match what a member typed, best first: PostgreSQL's full-text
 * search in production, a simpler word match on H2. A hit's snippet is the article's text around
 * the matched words, which are enclosed in {@link Snippets#START} and {@link Snippets#STOP}; it is
 * made for the hits of the page asked for only.
 */
public interface ArticleSearch {

    /** {@code first} hits are skipped: ranked lists are paged by position. */
    List<Hit> search(String query, Match match, String category, int first, int limit);

    /**
     * A search box's query (every word, phrases, {@code -word}: websearch's syntax), or a ticket's
     * subject as it is typed, whose any one word may lead to the article that answers it.
     */
    enum Match {
        QUERY, ANY_WORD
    }

    record Hit(String id, String title, String category, String summary, Instant updatedAt, String snippet) {
    }
}
