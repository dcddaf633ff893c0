package org.memberportal.rest.notice;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.notice.NoticeReport;
import org.memberportal.domain.notice.UpdateNotice;

/**
 * An update notice. {@code version} is the product's version, as the notice was written with it;
 * {@code revision} is the version a PATCH names (also the ETag). {@code problem}: what Mailchimp
 * refused, in its words.
 */
@Schema(name = "UpdateNoticeView", description = "version: the product's; revision: the one a PATCH names (also the ETag)")
public record UpdateNoticeView(String id, String product, String version, String subject, String bodyMarkdown,
        String documentId, String audience, String status, String campaignId, Instant sendAt, Instant sentAt,
        String problem, ReportView report, Instant createdAt, Instant updatedAt, long revision) {

    @Schema(name = "UpdateNoticeReport")
    public record ReportView(int emailsSent, int opens, int clicks, Instant readAt) {

        static ReportView of(NoticeReport report) {
            return report == null ? null
                    : new ReportView(report.emailsSent(), report.opens(), report.clicks(), report.readAt());
        }
    }

    public static UpdateNoticeView of(UpdateNotice n) {
        var draft = n.draft();
        return new UpdateNoticeView(n.id(), draft.product(), draft.productVersion(), draft.subject(),
                draft.bodyMarkdown(), draft.documentId(), draft.audience().name(), n.status().name(), n.campaignId(),
                n.sendAt(), n.sentAt(), n.problem(), ReportView.of(n.report()), n.createdAt(), n.updatedAt(),
                n.version());
    }
}
