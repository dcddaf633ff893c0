package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.forum.Post;
import org.memberportal.domain.markdown.RenderedMarkdown;

/** A post's text for search is not kept: posts are not searched. */
@Entity
@Table(name = "forum_posts")
public class PostEntity {

    @Id
    String id;

    @Column(name = "topic_id", nullable = false, updatable = false)
    String topicId;

    @Embedded
    AuthorColumns author;

    @Column(name = "body_markdown", nullable = false)
    String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    String bodyHtml;

    @Column(nullable = false)
    boolean hidden;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "edited_at")
    Instant editedAt;

    @Version
    long version;

    protected PostEntity() {
    }

    static PostEntity from(Post post) {
        PostEntity entity = new PostEntity();
        entity.id = post.id();
        entity.topicId = post.topicId();
        entity.author = AuthorColumns.of(post.author());
        entity.createdAt = post.createdAt();
        entity.copy(post);
        return entity;
    }

    void copy(Post post) {
        bodyMarkdown = post.body().markdown();
        bodyHtml = post.body().html();
        hidden = post.hidden();
        editedAt = post.editedAt();
    }

    Post toDomain() {
        return Post.restore(id, topicId, author.toDomain(),
                new RenderedMarkdown(bodyMarkdown, bodyHtml, ""), hidden, createdAt, editedAt, version);
    }
}
