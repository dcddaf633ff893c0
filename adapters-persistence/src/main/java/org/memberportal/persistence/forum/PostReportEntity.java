package org.memberportal.persistence.forum;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.forum.PostReport;

@Entity
@Table(name = "forum_post_reports")
public class PostReportEntity {

    @Id
    String id;

    @Column(name = "post_id", nullable = false, updatable = false)
    String postId;

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "reporter_kind", nullable = false, updatable = false))
    @AttributeOverride(name = "id", column = @Column(name = "reporter_id", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "reporter_name", nullable = false, updatable = false))
    AuthorColumns reporter;

    @Column(nullable = false, updatable = false)
    String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(nullable = false)
    boolean closed;

    protected PostReportEntity() {
    }

    static PostReportEntity from(PostReport report) {
        PostReportEntity entity = new PostReportEntity();
        entity.id = report.id();
        entity.postId = report.postId();
        entity.reporter = AuthorColumns.of(report.reporter());
        entity.reason = report.reason();
        entity.createdAt = report.createdAt();
        entity.closed = report.closed();
        return entity;
    }

    /** Only whether it is closed changes. */
    void copy(PostReport report) {
        closed = report.closed();
    }

    PostReport toDomain() {
        return new PostReport(id, postId, reporter.toDomain(), reason, createdAt,
                closed);
    }
}
