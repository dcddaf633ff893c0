package org.memberportal.rest.privacy;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.privacy.ErasePersonUseCase;
import org.memberportal.application.privacy.CommunityRecords;
import org.memberportal.application.privacy.ExportPersonalDataUseCase;
import org.memberportal.application.privacy.PersonalDataExport;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.rest.download.DownloadViews.DownloadRequestView;
import org.memberportal.rest.session.CallerView.CompanyRef;
import org.memberportal.rest.livesession.CouponsResource.CouponView;
import org.memberportal.rest.livesession.LiveSessionView;
import org.memberportal.rest.notification.PreferencesResource.ConsentView;
import org.memberportal.rest.order.OrderView;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.ticket.AttachmentViews;
import org.memberportal.rest.ticket.TicketView;

/** Agents answer a person's requests under GDPR articles 15 (a copy of their data) and 17 (erasure). */
@Tag(name = "Admin: accounts")
@Path("admin/accounts/{aid}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPersonalDataResource {

    @Inject
    ExportPersonalDataUseCase exportPersonalData;

    @Inject
    ErasePersonUseCase erasePerson;

    @Inject
    CurrentCaller caller;

    public record PersonView(String id, String fullName, String email, String level, String status,
            Instant createdAt, CompanyRef company) {
    }

    /** The preferences as they stand; {@code leftThroughMailchimp}: unsubscribed by Mailchimp's link. */
    public record MailingView(boolean newsletter, boolean updateNotices, boolean leftThroughMailchimp,
            boolean addressCleaned, Instant changedAt) {
    }

    /** Everything held of the person; {@code consentHistory} oldest first. */
    @Schema(name = "ExportView")
    public record ExportView(Instant exportedAt, PersonView person, MailingView preferences,
            List<ConsentView> consentHistory, List<TicketView> tickets, List<OrderView> orders,
            List<DownloadRequestView> downloadRequests, List<LiveSessionView> liveSessions,
            List<CouponView> coupons, List<TicketView.AttachmentView> attachments, CommunityView community) {

        static ExportView of(PersonalDataExport export) {
            PortalAccount a = export.account();
            MailingPreferences p = export.preferences();
            return new ExportView(export.exportedAt(),
                    new PersonView(a.id().value(), a.fullName(), a.email().value(), a.level().name(),
                            a.status().name(), a.createdAt(),
                            new CompanyRef(export.company().id().value(), export.company().name())),
                    new MailingView(p.newsletter(), p.updateNotices(), p.leftThroughMailchimp(), p.isAddressCleaned(),
                            p.changedAt()),
                    export.consentHistory().stream().map(ConsentView::of).toList(),
                    export.tickets().stream().map(t -> TicketView.of(t, export.exportedAt())).toList(),
                    export.orders().stream().map(OrderView::of).toList(),
                    export.downloadRequests().stream().map(DownloadRequestView::of).toList(),
                    export.liveSessions().stream().map(LiveSessionView::of).toList(),
                    export.coupons().stream().map(CouponView::of).toList(),
                    export.attachments().stream().map(AttachmentViews::of).toList(),
                    CommunityView.of(export.community()));
        }
    }

    /** What the person wrote and chose in the knowledge base and the forums. */
    @Schema(name = "CommunityView")
    public record CommunityView(List<PostRecord> forumPosts, List<VoteRecord> articleVotes,
            List<String> followedTopicIds, List<ReportRecord> postReports) {

        public record PostRecord(String id, String topicId, String bodyMarkdown, boolean hidden, Instant createdAt,
                Instant editedAt) {
        }

        public record VoteRecord(String articleId, boolean helpful, Instant votedAt) {
        }

        public record ReportRecord(String id, String postId, String reason, boolean closed, Instant createdAt) {
        }

        static CommunityView of(CommunityRecords.Community community) {
            return new CommunityView(
                    community.posts().stream().map(p -> new PostRecord(p.id(), p.topicId(), p.body().markdown(),
                            p.hidden(), p.createdAt(), p.editedAt())).toList(),
                    community.votes().stream().map(v -> new VoteRecord(v.articleId(), v.helpful(), v.votedAt()))
                            .toList(),
                    community.followedTopics(),
                    community.reports().stream().map(r -> new ReportRecord(r.id(), r.postId(), r.reason(),
                            r.closed(), r.createdAt())).toList());
        }
    }

    @GET
    @Path("export")
    @Operation(operationId = "exportPersonalData", summary = "A person's data and consent history (GDPR article 15)")
    @APIResponse(responseCode = "200", description = "Everything held of the person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExportView")))
    @APIResponse(responseCode = "404", description = "No such account")
    public Response export(@PathParam("aid") String accountId) {
        ExportView export = ExportView.of(exportPersonalData.export(caller.require(), new AccountId(accountId)));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(export).cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + accountId + ".json\"")
                .build();
    }

    /** 202: anonymised in the portal now; removed from Mailchimp by the next audience sync. */
    @POST
    @Path("erasure")
    @Operation(operationId = "erasePerson", summary = "Erase a person (GDPR article 17)")
    @APIResponse(responseCode = "202", description = "Anonymised now; removed from Mailchimp by the next audience sync")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "last-primary: the company's last Primary cannot be erased")
    public Response erase(@PathParam("aid") String accountId) {
        erasePerson.erase(caller.require(), new AccountId(accountId));
        return Response.accepted().build();
    }
}
