package org.memberportal.application.article;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.identity.Caller;

/** The agents' side of the knowledge base. */
public interface WriteArticlesUseCase {

    Article create(Caller caller, NewArticle article);

    /** Each field given replaces the stored one; {@code version} is the one the agent read. */
    Article edit(Caller caller, String id, ArticleChange change, long version);

    /** Every article, newest first, in one status or any (null). */
    Page<Article> all(Caller caller, ArticleStatus status, PageRequest page);

    /** Any article, whatever its status, with its votes. */
    ReadArticlesUseCase.RatedArticle find(Caller caller, String id);

    /** Markdown as members would be shown it, rendered and sanitized the same way. */
    String preview(Caller caller, String markdown);

    record NewArticle(String title, String category, String bodyMarkdown, ArticleStatus status) {
    }

    record ArticleChange(String title, String category, String bodyMarkdown, ArticleStatus status) {
    }
}
