package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.memberportal.persistence.database.PersonalKey;

@Entity
@Table(name = "forum_follows")
@IdClass(PersonalKey.class)
public class FollowEntity {

    @Id
    @Column(name = "topic_id")
    String subjectId;

    @Id
    @Column(name = "account_id")
    String accountId;

    @Column(name = "followed_at", nullable = false)
    Instant followedAt;

    protected FollowEntity() {
    }

    FollowEntity(String topicId, String accountId, Instant followedAt) {
        this.subjectId = topicId;
        this.accountId = accountId;
        this.followedAt = followedAt;
    }
}
