package org.memberportal.persistence.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.markdown.RenderedMarkdown;

/** The search columns PostgreSQL keeps (V25) are the database's own: not mapped. */
@Entity
@Table(name = "articles")
public class ArticleEntity {

    @Id
    String id;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String category;

    @Column(name = "body_markdown", nullable = false)
    String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    String bodyHtml;

    @Column(name = "body_text", nullable = false)
    String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ArticleStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected ArticleEntity() {
    }

    static ArticleEntity from(Article article) {
        ArticleEntity entity = new ArticleEntity();
        entity.id = article.id();
        entity.createdAt = article.createdAt();
        entity.copy(article);
        return entity;
    }

    void copy(Article article) {
        title = article.title();
        category = article.category();
        bodyMarkdown = article.body().markdown();
        bodyHtml = article.body().html();
        bodyText = article.body().text();
        status = article.status();
        updatedAt = article.updatedAt();
    }

    Article toDomain() {
        return Article.restore(id, title, category, new RenderedMarkdown(bodyMarkdown, bodyHtml, bodyText), status,
                createdAt, updatedAt, version);
    }
}
