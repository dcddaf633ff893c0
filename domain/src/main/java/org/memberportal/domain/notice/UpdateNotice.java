package org.memberportal.domain.notice;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;

/**
 * An announcement of an available update, sent once through Mailchimp as a campaign to the
 * people subscribed to update notices (docs/rules.md, "Update notices"). It is edited while a
 * draft; sending it walks through recorded {@link SendStep}s so that a crash, a retry or a second
 * instance never makes a second campaign nor sends twice.
 */
public final class UpdateNotice {

    /** Where Mailchimp's refusal is kept, in Mailchimp's words. */
    public static final int MAX_PROBLEM_LENGTH = 2000;
    private static final String TITLE_PREFIX = "update-notice ";

    private final String id;
    private NoticeDraft draft;
    private NoticeStatus status;
    private SendStep step;
    private String campaignId;
    private Instant sendAt;
    private Instant sentAt;
    private String problem;
    private NoticeReport report;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;

    private UpdateNotice(String id, NoticeDraft draft, NoticeStatus status, SendStep step, String campaignId,
            Instant sendAt, Instant sentAt, String problem, NoticeReport report, Instant createdAt, Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.status = Objects.requireNonNull(status, "status");
        this.step = Objects.requireNonNull(step, "step");
        this.campaignId = campaignId;
        this.sendAt = sendAt;
        this.sentAt = sentAt;
        this.problem = problem;
        this.report = report;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
        this.version = version;
    }

    /** A new notice, a DRAFT. */
    public static UpdateNotice write(NoticeDraft draft, Instant now) {
        return new UpdateNotice(TimeOrderedIds.next(), draft, NoticeStatus.DRAFT, SendStep.NONE, null, null, null,
                null, null, now, now, 0);
    }

    public static UpdateNotice restore(String id, NoticeDraft draft, NoticeStatus status, SendStep step,
            String campaignId, Instant sendAt, Instant sentAt, String problem, NoticeReport report, Instant createdAt,
            Instant updatedAt, long version) {
        return new UpdateNotice(id, draft, status, step, campaignId, sendAt, sentAt, problem, report, createdAt,
                updatedAt, version);
    }

    // ---- writing

    public boolean isDraft() {
        return status == NoticeStatus.DRAFT;
    }

    /** A draft takes any change; a notice that went (or is going) to Mailchimp is no longer changed. */
    public void edit(NoticeDraft changed, Instant now) {
        requireState(isDraft(), "only a draft can be edited");
        draft = Objects.requireNonNull(changed, "draft");
        if (step == SendStep.CONTENT_SET) {
            step = SendStep.CAMPAIGN_CREATED; // the campaign's content is the old text: it is set again
        }
        updatedAt = now;
    }

    // ---- sending

    /** Sending may be asked of a DRAFT and of a FAILED notice (which resumes its own campaign), never again after. */
    public boolean maySend() {
        return status.maySend();
    }

    /**
     * The agent asks for it to go out, now ({@code at} null) or at a quarter hour; from here on the
     * sender takes the steps. Mailchimp's earlier refusal is forgotten: it is asked again.
     */
    public void requestSending(Instant at, Instant now) {
        requireState(maySend(), "the notice was sent, or is being sent, already");
        sendAt = at == null ? null : SendTime.require(at, now);
        if (step == SendStep.CONTENT_SET) {
            step = SendStep.CAMPAIGN_CREATED; // the checklist refused it: the content is set and checked again
        }
        status = NoticeStatus.SENDING;
        problem = null;
        updatedAt = now;
    }

    /**
     * The title the notice's campaign carries in Mailchimp: stable and unique, so that after a crash
     * the sender finds the campaign it may have created instead of creating a second one.
     */
    public String campaignTitle() {
        return TITLE_PREFIX + id;
    }

    /**
     * Before asking Mailchimp for a campaign: one may exist from here on. A draft gets its campaign
     * too when the agent sends a test of it.
     */
    public void creatingCampaign(Instant now) {
        requireDraftOrSending();
        step(SendStep.CREATING_CAMPAIGN, now);
    }

    /** Mailchimp made the campaign (or it was found by its title after a crash). */
    public void campaignCreated(String id, Instant now) {
        requireDraftOrSending();
        campaignId = Texts.require("the campaign id", id, 100);
        step(SendStep.CAMPAIGN_CREATED, now);
    }

    public void contentSet(Instant now) {
        requireSending();
        requireState(campaignId != null, "no campaign to hold the content");
        step(SendStep.CONTENT_SET, now);
    }

    /** Before asking Mailchimp to send or schedule: from here on it may have done so. */
    public void sendRequested(Instant now) {
        requireSending();
        requireState(step == SendStep.CONTENT_SET || step == SendStep.SEND_REQUESTED, "the content is not set");
        step(SendStep.SEND_REQUESTED, now);
    }

    /** Mailchimp holds it for {@link #sendAt()}. */
    public void scheduled(Instant now) {
        requireState(status == NoticeStatus.SENDING && step == SendStep.SEND_REQUESTED, "it was not given to Mailchimp");
        status = NoticeStatus.SCHEDULED;
        updatedAt = now;
    }

    /** Mailchimp sent it (or says it is sending it: it cannot be taken back). */
    public void sent(Instant at, Instant now) {
        requireState((status == NoticeStatus.SENDING || status == NoticeStatus.SCHEDULED)
                && step == SendStep.SEND_REQUESTED, "it was not given to Mailchimp");
        status = NoticeStatus.SENT;
        sentAt = Objects.requireNonNull(at, "sent at");
        updatedAt = now;
    }

    /** Mailchimp refused it, in its own words: the agent may fix what it says and send again. */
    public void failed(String mailchimpSays, Instant now) {
        requireState(status == NoticeStatus.SENDING, "it is not being sent");
        String words = mailchimpSays == null || mailchimpSays.isBlank() ? "Mailchimp refused the campaign."
                : mailchimpSays.strip();
        problem = words.length() > MAX_PROBLEM_LENGTH ? words.substring(0, MAX_PROBLEM_LENGTH) : words;
        status = NoticeStatus.FAILED;
        updatedAt = now;
    }

    /** Reading Mailchimp's report again is worth it only once a minute. */
    public boolean needsReport(Instant now) {
        return status == NoticeStatus.SENT && (report == null || report.isStale(now));
    }

    public void reportRead(NoticeReport read) {
        requireState(status == NoticeStatus.SENT, "only a sent notice has a report");
        report = Objects.requireNonNull(read, "report");
    }

    private void step(SendStep next, Instant now) {
        step = next;
        updatedAt = now;
    }

    private void requireDraftOrSending() {
        requireState(status == NoticeStatus.DRAFT || status == NoticeStatus.SENDING, "it is not being sent");
    }

    private void requireSending() {
        requireState(status == NoticeStatus.SENDING, "it is not being sent");
    }

    private static void requireState(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalStateException(otherwise);
        }
    }

    // ---- reading

    public String id() {
        return id;
    }

    public NoticeDraft draft() {
        return draft;
    }

    public NoticeStatus status() {
        return status;
    }

    public SendStep step() {
        return step;
    }

    public String campaignId() {
        return campaignId;
    }

    /** When it is to go out; null for at once. */
    public Instant sendAt() {
        return sendAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** What Mailchimp refused, in its words; null when nothing was. */
    public String problem() {
        return problem;
    }

    /** Mailchimp's last report read; null before one was. */
    public NoticeReport report() {
        return report;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The notice as the caller read it, at {@code readVersion}: saving is refused as stale when it moved on since. */
    public UpdateNotice readAt(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public long version() {
        return version;
    }
}
