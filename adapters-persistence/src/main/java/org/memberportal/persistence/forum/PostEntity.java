package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostAuthor;
import org.memberportal.domain.markdown.RenderedMarkdown;

/** A post's text for search is not kept: posts are not searched. */
@Entity
@Table(name = "forum_posts")
public class PostEntity {

    @Id
    String id;

    @Column(name = "topic_id", nullable = false, updatable = false)
    String topicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    PostAuthor.Kind authorKind;

    @Column(name = "author_id", nullable = false, updatable = false)
    String authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    String authorName;

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
        entity.authorKind = post.author().kind();
        entity.authorId = post.author().id();
        entity.authorName = post.author().displayName();
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
        return Post.restore(id, topicId, new PostAuthor(authorKind, authorId, authorName),
                new RenderedMarkdown(bodyMarkdown, bodyHtml, ""), hidden, createdAt, editedAt, version);
    }
}
