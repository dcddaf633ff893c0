package org.memberportal.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.rest.account.AccountRequestView;
import org.memberportal.rest.account.AccountView;
import org.memberportal.rest.audience.AdminAudienceSyncResource.SyncErrorView;
import org.memberportal.rest.audit.AdminAuditResource.AuditEventView;
import org.memberportal.rest.company.AdminCompaniesResource.CompanyView;
import org.memberportal.rest.document.DocumentView;
import org.memberportal.rest.download.DownloadViews.DownloadLinkView;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.agent.AgentView;
import org.memberportal.rest.jobs.AdminJobsResource.ExecutionView;
import org.memberportal.rest.license.LicenseViews.PrimaryLicenseView;
import org.memberportal.rest.livesession.CouponsResource.CouponView;
import org.memberportal.rest.livesession.LiveSessionView;
import org.memberportal.rest.mail.AdminOutboxResource.OutboxItemView;
import org.memberportal.rest.notification.AdminWarningsResource.WarningItem;
import org.memberportal.rest.notification.CompanyWarningsResource.CompanyWarningView;
import org.memberportal.rest.notification.PreferencesResource.ConsentView;
import org.memberportal.rest.order.OrderView;
import org.memberportal.rest.notice.UpdateNoticeView;
import org.memberportal.rest.ticket.TicketView;
import org.memberportal.rest.article.ArticleViews.AgentArticleView;
import org.memberportal.rest.article.ArticleViews.Summary;
import org.memberportal.rest.forum.ForumViews.PostReportView;
import org.memberportal.rest.forum.ForumViews.TopicSummary;

/**
 * The document's names for the pages that {@code ListPage} writes, one per kind of item, so that a
 * client knows what a list holds. Schemas only: nothing creates these classes. Operations name
 * them in their {@code @APIResponse}; {@code OpenApiIT} checks every list against them.
 */
final class Pages {

    private static final String NEXT_CURSOR = "Null on the last page; else pass it as ?cursor= for the next one.";

    private Pages() {
    }

    @Schema(name = "AccountPage", requiredProperties = {"items", "nextCursor"})
    static final class AccountPage {
        public List<AccountView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "AccountRequestPage", requiredProperties = {"items", "nextCursor"})
    static final class AccountRequestPage {
        public List<AccountRequestView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "SyncErrorPage", requiredProperties = {"items", "nextCursor"})
    static final class SyncErrorPage {
        public List<SyncErrorView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "AgentPage", requiredProperties = {"items", "nextCursor"})
    static final class AgentPage {
        public List<AgentView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "AuditEventPage", requiredProperties = {"items", "nextCursor"})
    static final class AuditEventPage {
        public List<AuditEventView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "CompanyPage", requiredProperties = {"items", "nextCursor"})
    static final class CompanyPage {
        public List<CompanyView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "DocumentPage", requiredProperties = {"items", "nextCursor"})
    static final class DocumentPage {
        public List<DocumentView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "DownloadLinkPage", requiredProperties = {"items", "nextCursor"})
    static final class DownloadLinkPage {
        public List<DownloadLinkView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "DownloadRequestPage", requiredProperties = {"items", "nextCursor"})
    static final class DownloadRequestPage {
        public List<DownloadRequestView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "ExecutionPage", requiredProperties = {"items", "nextCursor"})
    static final class ExecutionPage {
        public List<ExecutionView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "LicensePage", requiredProperties = {"items", "nextCursor"})
    static final class LicensePage {
        public List<PrimaryLicenseView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "CouponPage", requiredProperties = {"items", "nextCursor"})
    static final class CouponPage {
        public List<CouponView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "LiveSessionPage", requiredProperties = {"items", "nextCursor"})
    static final class LiveSessionPage {
        public List<LiveSessionView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "OutboxPage", requiredProperties = {"items", "nextCursor"})
    static final class OutboxPage {
        public List<OutboxItemView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "WarningPage", requiredProperties = {"items", "nextCursor"})
    static final class WarningPage {
        public List<WarningItem> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "CompanyWarningPage", requiredProperties = {"items", "nextCursor"})
    static final class CompanyWarningPage {
        public List<CompanyWarningView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "ConsentPage", requiredProperties = {"items", "nextCursor"})
    static final class ConsentPage {
        public List<ConsentView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "OrderPage", requiredProperties = {"items", "nextCursor"})
    static final class OrderPage {
        public List<OrderView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "TicketPage", requiredProperties = {"items", "nextCursor"})
    static final class TicketPage {
        public List<TicketView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "ArticleSummaryPage", requiredProperties = {"items", "nextCursor"})
    static final class ArticleSummaryPage {
        public List<Summary> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "AgentArticlePage", requiredProperties = {"items", "nextCursor"})
    static final class AgentArticlePage {
        public List<AgentArticleView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "TopicSummaryPage", requiredProperties = {"items", "nextCursor"})
    static final class TopicSummaryPage {
        public List<TopicSummary> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "PostReportPage", requiredProperties = {"items", "nextCursor"})
    static final class PostReportPage {
        public List<PostReportView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }

    @Schema(name = "UpdateNoticePage", requiredProperties = {"items", "nextCursor"})
    static final class UpdateNoticePage {
        public List<UpdateNoticeView> items;
        @Schema(description = NEXT_CURSOR, nullable = true)
        public String nextCursor;
    }
}
