package org.memberportal.domain.article;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.markdown.RenderedMarkdown;

/**
 * A solution article of the knowledge base, written by agents in Markdown. Members see it only
 * while it is published; its body is kept as written and as shown (rendered and sanitized once, when
 * it is written, never when it is read).
 */
public final class Article {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_CATEGORY_LENGTH = 100;
    public static final int MAX_BODY_LENGTH = 100_000;
    /** How much of an article's text a list shows of it. */
    public static final int SUMMARY_LENGTH = 200;

    private final String id;
    private final Instant createdAt;
    private String title;
    private String category;
    private RenderedMarkdown body;
    private ArticleStatus status;
    private Instant updatedAt;
    private long version;

    private Article(String id, String title, String category, RenderedMarkdown body, ArticleStatus status,
            Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Texts.requireOneLine("the title", title, MAX_TITLE_LENGTH);
        this.category = Texts.requireOneLine("the category", category, MAX_CATEGORY_LENGTH);
        this.body = checked(body);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
        this.version = version;
    }

    /** A new article, a draft or published at once; never archived before it was anything. */
    public static Article write(String title, String category, RenderedMarkdown body, ArticleStatus status,
            Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new IllegalArgumentException("a new article is a draft or published");
        }
        return new Article(TimeOrderedIds.next(), title, category, body, status == null ? ArticleStatus.DRAFT : status,
                now, now, 0);
    }

    public static Article restore(String id, String title, String category, RenderedMarkdown body,
            ArticleStatus status, Instant createdAt, Instant updatedAt, long version) {
        return new Article(id, title, category, body, status, createdAt, updatedAt, version);
    }

    /** An agent's edit made from the version they read: each field given replaces the stored one. */
    public void edit(Edit edit, Instant now) {
        if (edit.title() != null) {
            title = Texts.requireOneLine("the title", edit.title(), MAX_TITLE_LENGTH);
        }
        if (edit.category() != null) {
            category = Texts.requireOneLine("the category", edit.category(), MAX_CATEGORY_LENGTH);
        }
        if (edit.body() != null) {
            body = checked(edit.body());
        }
        if (edit.status() != null) {
            status = edit.status();
        }
        updatedAt = now;
    }

    /** What an edit changes; null leaves a field as it is. */
    public record Edit(String title, String category, RenderedMarkdown body, ArticleStatus status) {
    }

    /** Drafts and archived articles are the agents' only. */
    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The beginning of the article's text, cut at a word. */
    public String summary() {
        String text = body.text().strip();
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
    }

    private static RenderedMarkdown checked(RenderedMarkdown body) {
        Objects.requireNonNull(body, "body");
        Texts.require("the body", body.markdown(), MAX_BODY_LENGTH);
        return body;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String category() {
        return category;
    }

    public RenderedMarkdown body() {
        return body;
    }

    public ArticleStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The article as the agent read it, at {@code readVersion}: saving it is refused as stale when it moved on since. */
    public Article readAt(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public long version() {
        return version;
    }
}
