package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.forum.Forum;

@Entity
@Table(name = "forums")
public class ForumEntity {

    @Id
    String id;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected ForumEntity() {
    }

    static ForumEntity from(Forum forum) {
        ForumEntity entity = new ForumEntity();
        entity.id = forum.id();
        entity.name = forum.name();
        entity.description = forum.description();
        entity.createdAt = forum.createdAt();
        return entity;
    }

    Forum toDomain() {
        return new Forum(id, name, description, createdAt);
    }
}
