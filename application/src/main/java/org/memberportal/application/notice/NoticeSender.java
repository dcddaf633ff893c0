package org.memberportal.application.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audience.AudienceGroupsCache;
import org.memberportal.application.audience.ProductsPushed;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.ProductTags;
import org.memberportal.domain.notice.SendStep;
import org.memberportal.domain.notice.UpdateNotice;

/**
 * Takes a notice through its steps to Mailchimp, exactly once across retries, crashes and
 * instances: it works only under the notice's claim in the database; each step is recorded before
 * its call; and where an earlier try may have acted (a campaign being created, a send asked), it
 * reads Mailchimp's state first (the campaign by its title, the campaign's status) instead of
 * acting again. A failure whose outcome is unknown (Mailchimp busy, a lost answer) leaves the
 * notice SENDING at its step: a later try, here or on another instance, resumes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());
    /** How long a claim holds: far longer than the calls of one try; a dead instance's claim runs out after it. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** Tries at once after an unknown outcome, before leaving the notice to the next watch. */
    static final int TRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    /** Campaigns are looked for by title among those created since the notice was, less this (clocks differ). */
    private static final Duration CREATED_SLACK = Duration.ofHours(1);

    private final UpdateNotices notices;
    private final NoticeSteps steps;
    private final CampaignGateway campaigns;
    private final NoticeRendering rendering;
    private final AudienceGroupsCache groups;
    private final ProductsPushed pushed;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    protected NoticeSender() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public NoticeSender(UpdateNotices notices, NoticeSteps steps, CampaignGateway campaigns,
            NoticeRendering rendering, AudienceGroupsCache groups, ProductsPushed pushed, Clock clock) {
        this.notices = notices;
        this.steps = steps;
        this.campaigns = campaigns;
        this.rendering = rendering;
        this.groups = groups;
        this.pushed = pushed;
        this.clock = clock;
    }

    public boolean isConfigured() {
        return campaigns.isConfigured();
    }

    /**
     * Moves the notice on as far as it goes now: a SENDING one through its steps, a SCHEDULED one
     * to SENT once Mailchimp sent it. Does nothing while another sender holds the notice.
     */
    public void advance(String id) {
        String holder = instance + "/" + UUID.randomUUID();
        if (!notices.claim(id, holder, clock.instant(), clock.instant().plus(CLAIM))) {
            return;
        }
        try {
            Duration backoff = FIRST_BACKOFF;
            for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
                try {
                    advanceClaimed(id);
                    return;
                } catch (AudienceUnavailable unknown) {
                    LOG.log(Level.INFO, "Update notice " + id + ": Mailchimp's answer is unknown (try " + tryNumber
                            + "); its state is read before the next step", unknown);
                    if (tryNumber < TRIES) {
                        pause(backoff);
                        backoff = backoff.multipliedBy(2);
                    }
                }
            }
        } finally {
            notices.release(id, holder);
        }
    }

    /**
     * Mailchimp sends the notice as it stands to these addresses: a draft gets its campaign for
     * that (recorded as for a send), and the content is set anew. False while another sender holds it.
     */
    public boolean test(String id, List<String> emails) {
        String holder = instance + "/" + UUID.randomUUID();
        if (!notices.claim(id, holder, clock.instant(), clock.instant().plus(CLAIM))) {
            return false;
        }
        try {
            UpdateNotice notice = steps.load(id);
            if (notice.campaignId() == null) {
                notice = campaignOf(notice);
            }
            campaigns.setContent(notice.campaignId(), rendering.render(notice.draft()));
            campaigns.sendTest(notice.campaignId(), emails);
            return true;
        } finally {
            notices.release(id, holder);
        }
    }

    private void advanceClaimed(String id) {
        UpdateNotice notice = steps.load(id);
        if (notice.status() == NoticeStatus.SCHEDULED) {
            RemoteCampaign campaign = campaigns.campaign(notice.campaignId());
            if (campaign.wentOut()) {
                steps.record(id, (n, now) -> n.sent(sentAt(campaign, now), now));
            }
            return;
        }
        if (notice.status() != NoticeStatus.SENDING) {
            return;
        }
        try {
            walk(notice);
        } catch (AudienceRejection refused) {
            steps.record(id, (n, now) -> n.failed(refused.getMessage(), now));
        }
    }

    private void walk(UpdateNotice start) {
        String id = start.id();
        UpdateNotice notice = start;
        if (notice.campaignId() == null) {
            notice = campaignOf(notice);
        }
        String campaignId = notice.campaignId();
        if (notice.step() == SendStep.CAMPAIGN_CREATED) {
            campaigns.setContent(campaignId, rendering.render(notice.draft()));
            notice = steps.record(id, UpdateNotice::contentSet);
        }
        if (notice.step() == SendStep.CONTENT_SET) {
            var errors = campaigns.checklistErrors(campaignId);
            if (!errors.isEmpty()) {
                steps.record(id, (n, now) -> n.failed(String.join(" ", errors), now));
                return;
            }
            if (!productsPushed(notice)) {
                LOG.info(() -> "Update notice " + id + " waits for the audience sync to push its product");
                return; // still SENDING: the watch tries again
            }
            notice = steps.record(id, UpdateNotice::sendRequested);
            request(notice);
            return;
        }
        // SEND_REQUESTED: an earlier try may have sent it; Mailchimp's status decides
        RemoteCampaign campaign = campaigns.campaign(campaignId);
        if (!settle(notice, campaign)) {
            request(notice);
        }
    }

    /** A LICENSED notice goes only once every licensed person carries the product in Mailchimp. */
    private boolean productsPushed(UpdateNotice notice) {
        return notice.draft().audience() != NoticeAudience.LICENSED
                || pushed.pushedFor(ProductTags.condition(notice.draft().product()));
    }

    /** The notice's campaign: the one an earlier try created under the notice's title, or a new one. */
    private UpdateNotice campaignOf(UpdateNotice notice) {
        String id = notice.id();
        if (notice.step() == SendStep.CREATING_CAMPAIGN) {
            var found = campaigns.findByTitle(notice.campaignTitle(), notice.createdAt().minus(CREATED_SLACK));
            if (found.isPresent()) {
                return steps.record(id, (n, now) -> n.campaignCreated(found.get().id(), now));
            }
        } else {
            notice = steps.record(id, UpdateNotice::creatingCampaign);
        }
        var draft = notice.draft();
        String productTag = draft.audience() == NoticeAudience.LICENSED ? ProductTags.condition(draft.product()) : null;
        RemoteCampaign created = campaigns.create(new CampaignSpec(notice.campaignTitle(), draft.subject(),
                draft.product() + " " + draft.productVersion(), groups.groups(), productTag,
                notice.createdAt().minus(CREATED_SLACK)));
        return steps.record(id, (n, now) -> n.campaignCreated(created.id(), now));
    }

    /** Asks for the send (or the schedule); a refusal is checked against Mailchimp's state first. */
    private void request(UpdateNotice notice) {
        String campaignId = notice.campaignId();
        try {
            if (notice.sendAt() == null) {
                campaigns.send(campaignId);
            } else {
                campaigns.schedule(campaignId, notice.sendAt());
            }
        } catch (AudienceRejection refused) {
            // a retried send after a lost answer is refused as a second one: it went out the first time
            if (!settle(notice, campaigns.campaign(campaignId))) {
                throw refused;
            }
            return;
        }
        settle(notice, campaigns.campaign(campaignId));
    }

    /** Records what Mailchimp did with the campaign; false when it did nothing yet. */
    private boolean settle(UpdateNotice notice, RemoteCampaign campaign) {
        if (campaign.wentOut()) {
            steps.record(notice.id(), (n, now) -> n.sent(sentAt(campaign, now), now));
            return true;
        }
        if (campaign.isScheduled()) {
            steps.record(notice.id(), (n, now) -> n.scheduled(now));
            return true;
        }
        return false;
    }

    private static Instant sentAt(RemoteCampaign campaign, Instant now) {
        return campaign.sendTime() != null ? campaign.sendTime() : now;
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
