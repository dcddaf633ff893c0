package org.memberportal.persistence.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.memberportal.persistence.database.PersonalKey;

/** One person's vote on one article. */
@Entity
@Table(name = "article_votes")
@IdClass(PersonalKey.class)
public class ArticleVoteEntity {

    @Id
    @Column(name = "article_id")
    String subjectId;

    @Id
    @Column(name = "account_id")
    String accountId;

    @Column(nullable = false)
    boolean helpful;

    @Column(name = "voted_at", nullable = false)
    Instant votedAt;

    protected ArticleVoteEntity() {
    }

    ArticleVoteEntity(String articleId, String accountId, boolean helpful, Instant votedAt) {
        this.subjectId = articleId;
        this.accountId = accountId;
        this.helpful = helpful;
        this.votedAt = votedAt;
    }

    /** The person's new vote replaces the one they gave. */
    void changeTo(boolean isHelpful, Instant now) {
        this.helpful = isHelpful;
        this.votedAt = now;
    }
}
