package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.forum.Topic;

@Entity
@Table(name = "forum_topics")
public class TopicEntity {

    @Id
    String id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    String forumId;

    @Column(nullable = false, updatable = false)
    String title;

    @Embedded
    AuthorColumns author;

    @Column(nullable = false)
    boolean pinned;

    @Column(nullable = false)
    boolean locked;

    @Column(name = "reply_count", nullable = false)
    int replyCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    Instant lastActivityAt;

    @Version
    long version;

    protected TopicEntity() {
    }

    static TopicEntity from(Topic topic) {
        TopicEntity entity = new TopicEntity();
        entity.id = topic.id();
        entity.forumId = topic.forumId();
        entity.title = topic.title();
        entity.author = AuthorColumns.of(topic.author());
        entity.createdAt = topic.createdAt();
        entity.copy(topic);
        return entity;
    }

    void copy(Topic topic) {
        pinned = topic.pinned();
        locked = topic.locked();
        replyCount = topic.replyCount();
        lastActivityAt = topic.lastActivityAt();
    }

    Topic toDomain() {
        return Topic.restore(id, forumId, title, author.toDomain(), pinned, locked,
                replyCount, createdAt, lastActivityAt, version);
    }
}
