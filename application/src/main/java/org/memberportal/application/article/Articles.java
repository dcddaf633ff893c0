package org.memberportal.application.article;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.article.Helpfulness;

/** The knowledge base's articles and the members' votes on them. */
public interface Articles {

    /** Stores a new article and answers it as stored, with the version its edits must name. */
    Article add(Article article);

    /** Saves an edited article; a {@code stale-version} conflict when it changed since it was read. */
    Article update(Article article);

    Optional<Article> find(String id);

    /** Newest first; {@code status} and {@code category} null for any. */
    Page<Article> page(ArticleStatus status, String category, PageRequest page);

    /** The categories of published articles, in alphabetical order. */
    List<String> publishedCategories();

    /** The person's vote on the article, replacing any they gave before. */
    void vote(String articleId, AccountId person, boolean helpful);

    Helpfulness helpfulness(String articleId);

    /** Every vote of the person, for the export of their data. */
    List<Vote> votesOf(AccountId person);

    record Vote(String articleId, boolean helpful, java.time.Instant votedAt) {
    }
}
