package org.memberportal.application.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;
import org.memberportal.domain.notice.UpdateNotice;

/**
 * The agents' update notices: written and edited as drafts, their reach seen, a test sent, then
 * sent at once or at a quarter hour. The sending itself is the {@link NoticeSender}'s, after this
 * commits.
 */
@ApplicationScoped
@Transactional
public class UpdateNoticeDesk {

    /** Addresses a test goes to at most, as Mailchimp takes them. */
    public static final int MAX_TEST_ADDRESSES = 20;

    private final UpdateNotices notices;
    private final NoticeReach reach;
    private final NoticeRendering rendering;
    private final NoticeSender sender;
    private final CampaignGateway campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    protected UpdateNoticeDesk() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public UpdateNoticeDesk(UpdateNotices notices, NoticeReach reach, NoticeRendering rendering, NoticeSender sender,
            CampaignGateway campaigns, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.reach = reach;
        this.rendering = rendering;
        this.sender = sender;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The fields of a draft as typed; any may be missing from a change, which keeps what was there. */
    public record Fields(String product, String productVersion, String subject, String bodyMarkdown,
            String documentId, String audience) {

        NoticeDraft over(NoticeDraft was) {
            return Inputs.checked(() -> new NoticeDraft(or(product, was == null ? null : was.product()),
                    or(productVersion, was == null ? null : was.productVersion()),
                    or(subject, was == null ? null : was.subject()),
                    or(bodyMarkdown, was == null ? null : was.bodyMarkdown()),
                    or(documentId, was == null ? null : was.documentId()),
                    audience == null ? (was == null ? null : was.audience()) : audienceOf(audience)));
        }

        private static String or(String given, String was) {
            return given != null ? given : was;
        }

        private static NoticeAudience audienceOf(String name) {
            try {
                return NoticeAudience.valueOf(name.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the audience is ALL or LICENSED");
            }
        }
    }

    public UpdateNotice write(Caller caller, Fields fields) {
        Authorization.requireAgent(caller);
        UpdateNotice notice = notices.add(UpdateNotice.write(fields.over(null), now()));
        audit.record(AuditEvent.of(caller, "UPDATE_NOTICE_WRITTEN", null, notice.id(), notice.draft().subject(), now()));
        return notice;
    }

    public UpdateNotice edit(Caller caller, String id, Fields fields, long version) {
        Authorization.requireAgent(caller);
        UpdateNotice notice = existing(id).readAt(version);
        if (!notice.isDraft()) {
            throw Refusal.conflict(ProblemCode.NOT_A_DRAFT, "The notice is " + notice.status()
                    + ": only a draft can be changed.");
        }
        notice.edit(fields.over(notice.draft()), now());
        return notices.update(notice);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UpdateNotice> list(Caller caller, PageRequest page) {
        Authorization.requireAgent(caller);
        return notices.page(page);
    }

    /** The notice; a sent one's report is read from Mailchimp when the last read is a minute old. */
    public UpdateNotice show(Caller caller, String id) {
        Authorization.requireAgent(caller);
        UpdateNotice notice = existing(id);
        if (notice.needsReport(now()) && notice.campaignId() != null) {
            try {
                notice.reportRead(campaigns.report(notice.campaignId(), now()));
                return notices.update(notice);
            } catch (AudienceUnavailable | AudienceRejection e) {
                return notice; // the report is shown as last read; it is read again on the next look
            }
        }
        return notice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reach reach(Caller caller, String id) {
        Authorization.requireAgent(caller);
        return reach.of(existing(id).draft());
    }

    /** The content as Mailchimp will get it, footer included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeContent preview(Caller caller, String id) {
        Authorization.requireAgent(caller);
        return rendering.render(existing(id).draft());
    }

    /** Mailchimp sends the notice as it stands to these addresses; a draft gets its campaign for that. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sendTest(Caller caller, String id, List<String> emails) {
        Authorization.requireAgent(caller);
        if (emails == null || emails.isEmpty() || emails.size() > MAX_TEST_ADDRESSES) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Give 1 to " + MAX_TEST_ADDRESSES + " test addresses.");
        }
        existing(id);
        requireMailchimp();
        try {
            if (!sender.test(id, emails)) {
                throw Refusal.conflict(ProblemCode.CONCURRENT_CHANGE, "The notice is being sent; try again shortly.");
            }
        } catch (AudienceRejection refused) {
            throw Refusal.conflict(ProblemCode.MAILCHIMP_REFUSED, refused.getMessage());
        } catch (AudienceUnavailable unavailable) {
            throw Refusal.conflict(ProblemCode.MAILCHIMP_UNAVAILABLE,
                    "Mailchimp did not answer; try the test again shortly.");
        }
        audit.record(AuditEvent.of(caller, "UPDATE_NOTICE_TESTED", null, id, emails.size() + " addresses", now()));
    }

    /**
     * The agent asks for the notice to go out (at {@code at}, or at once): a DRAFT, or a FAILED one
     * which resumes its own campaign. Of two asking at once, one is told {@code already-sent}.
     */
    public UpdateNotice requestSending(Caller caller, String id, Instant at) {
        Authorization.requireAgent(caller);
        UpdateNotice notice = existing(id);
        if (!notice.maySend()) {
            throw alreadySent(notice);
        }
        requireMailchimp();
        Inputs.checked(() -> {
            notice.requestSending(at, now());
            return notice;
        });
        UpdateNotice saved;
        try {
            saved = notices.update(notice);
        } catch (Refusal stale) {
            // another request took it meanwhile: from this caller's side it is sent already
            throw stale.problem() == ProblemCode.STALE_VERSION ? alreadySent(notice) : stale;
        }
        audit.record(AuditEvent.of(caller, "UPDATE_NOTICE_SENDING", null, id,
                at == null ? "now" : "at " + at, now()));
        return saved;
    }

    private void requireMailchimp() {
        if (!campaigns.isConfigured()) {
            throw Refusal.conflict(ProblemCode.MAILCHIMP_UNAVAILABLE, "Mailchimp is not configured (no API key).");
        }
    }

    private static Refusal alreadySent(UpdateNotice notice) {
        return Refusal.conflict(ProblemCode.ALREADY_SENT, "The notice was sent, or is being sent, already ("
                + notice.status() + ").");
    }

    private UpdateNotice existing(String id) {
        return notices.find(id).orElseThrow(() -> Refusal.notFound("the update notice"));
    }

    private Instant now() {
        return clock.instant();
    }
}
