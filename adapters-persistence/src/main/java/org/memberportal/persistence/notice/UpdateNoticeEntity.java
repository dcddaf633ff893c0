package org.memberportal.persistence.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;
import org.memberportal.domain.notice.NoticeReport;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.SendStep;
import org.memberportal.domain.notice.UpdateNotice;

/** A notice's row; the claim's columns are not mapped: only the conditional updates write them. */
@Entity
@Table(name = "update_notices")
public class UpdateNoticeEntity {

    @Id
    String id;

    @Column(nullable = false)
    String product;

    @Column(name = "product_version", nullable = false)
    String productVersion;

    @Column(nullable = false)
    String subject;

    @Column(name = "body_markdown", nullable = false)
    String bodyMarkdown;

    @Column(name = "document_id")
    String documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NoticeAudience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NoticeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "send_step", nullable = false)
    SendStep step;

    @Column(name = "campaign_id")
    String campaignId;

    @Column(name = "send_at")
    Instant sendAt;

    @Column(name = "sent_at")
    Instant sentAt;

    String problem;

    @Column(name = "emails_sent")
    Integer emailsSent;

    Integer opens;

    Integer clicks;

    @Column(name = "report_read_at")
    Instant reportReadAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static UpdateNoticeEntity from(UpdateNotice notice) {
        UpdateNoticeEntity entity = new UpdateNoticeEntity();
        entity.id = notice.id();
        entity.createdAt = notice.createdAt();
        entity.copy(notice);
        return entity;
    }

    void copy(UpdateNotice notice) {
        NoticeDraft draft = notice.draft();
        product = draft.product();
        productVersion = draft.productVersion();
        subject = draft.subject();
        bodyMarkdown = draft.bodyMarkdown();
        documentId = draft.documentId();
        audience = draft.audience();
        status = notice.status();
        step = notice.step();
        campaignId = notice.campaignId();
        sendAt = notice.sendAt();
        sentAt = notice.sentAt();
        problem = notice.problem();
        NoticeReport report = notice.report();
        emailsSent = report == null ? null : report.emailsSent();
        opens = report == null ? null : report.opens();
        clicks = report == null ? null : report.clicks();
        reportReadAt = report == null ? null : report.readAt();
        updatedAt = notice.updatedAt();
    }

    UpdateNotice toDomain() {
        NoticeReport report = reportReadAt == null ? null
                : new NoticeReport(emailsSent == null ? 0 : emailsSent, opens == null ? 0 : opens,
                        clicks == null ? 0 : clicks, reportReadAt);
        return UpdateNotice.restore(id, new NoticeDraft(product, productVersion, subject, bodyMarkdown, documentId,
                audience), status, step, campaignId, sendAt, sentAt, problem, report, createdAt, updatedAt, version);
    }
}
