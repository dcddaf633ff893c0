package org.memberportal.application.article;

import java.util.List;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.Helpfulness;
import org.memberportal.domain.identity.Reader;

/** What every active member (and every agent) reads in the knowledge base. */
public interface ReadArticlesUseCase {

    /** Published articles, newest first; {@code category} null for any. */
    Page<Article> list(Reader reader, String category, PageRequest page);

    /** Published articles matching {@code query}, best first, each with its marked snippet. */
    Page<ArticleSearch.Hit> search(Reader reader, String query, String category, PageRequest page);

    /** Up to five published articles that may answer a ticket with this subject. */
    List<ArticleSearch.Hit> suggestions(Reader reader, String text);

    /** A published article with its votes; a draft or an archived one is not found. */
    RatedArticle show(Reader reader, String id);

    List<String> categories(Reader reader);

    /** The person's vote on a published article, replacing their earlier one. */
    void vote(Reader reader, String id, boolean helpful);

    record RatedArticle(Article article, Helpfulness helpfulness) {
    }
}
