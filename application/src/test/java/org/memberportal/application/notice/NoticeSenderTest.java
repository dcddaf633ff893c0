package org.memberportal.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceGroupsCache;
import org.memberportal.application.testing.InMemoryAudience.ScriptedAudience;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.SendStep;
import org.memberportal.domain.notice.UpdateNotice;

/**
 * Exactly once, step by step: each test leaves a notice where a crash, a lost answer or another
 * instance would leave it, and checks that the sender finishes the same campaign and sends once.
 */
class NoticeSenderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:07:00Z"));
    private final InMemoryUpdateNotices notices = new InMemoryUpdateNotices();
    private final ScriptedCampaigns mailchimp = new ScriptedCampaigns();
    private boolean productsPushed = true;
    private final NoticeSender sender = new NoticeSender(notices, new NoticeSteps(notices, clock), mailchimp,
            draft -> new NoticeContent("<p>" + draft.bodyMarkdown() + "</p>" + NoticeContent.UNSUBSCRIBE_TAG,
                    draft.bodyMarkdown() + " " + NoticeContent.UNSUBSCRIBE_TAG),
            new AudienceGroupsCache(new ScriptedAudience(clock)), tag -> productsPushed, clock);

    private UpdateNotice sending(NoticeAudience audience, Instant at) {
        UpdateNotice notice = UpdateNotice.write(new NoticeDraft("CAD", "5.1", "CAD 5.1 is out", "Faster.", null,
                audience), clock.instant());
        notice.requestSending(at, clock.instant());
        return notices.add(notice);
    }

    @Test
    void aNoticeGoesOutAsOneCampaignSentOnce() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);

        sender.advance(notice.id());
        sender.advance(notice.id());

        UpdateNotice sent = notices.find(notice.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.creates).isEqualTo(1);
        assertThat(mailchimp.sends).containsExactly(sent.campaignId());
        assertThat(mailchimp.contents.get(0)).contains("*|UNSUB|*");
    }

    @Test
    void killedAfterCreatingTheCampaignTheNextSenderFindsItByItsTitleAndFinishesIt() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);
        // the dead instance recorded its intent, and Mailchimp made the campaign; the answer never came back
        UpdateNotice crashed = notices.find(notice.id()).orElseThrow();
        crashed.creatingCampaign(clock.instant());
        notices.put(crashed);
        RemoteCampaign made = mailchimp.create(new CampaignSpec(crashed.campaignTitle(), "s", "p",
                ScriptedAudience.GROUPS, null, clock.instant()));
        notices.claimedByTheDead(notice.id(), clock.instant().plus(NoticeSender.CLAIM));

        sender.advance(notice.id());
        assertThat(notices.find(notice.id()).orElseThrow().status()).as("the dead instance's claim holds")
                .isEqualTo(NoticeStatus.SENDING);
        clock.advance(NoticeSender.CLAIM);
        sender.advance(notice.id());

        UpdateNotice finished = notices.find(notice.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(finished.campaignId()).isEqualTo(made.id());
        assertThat(mailchimp.creates).isEqualTo(1);
        assertThat(mailchimp.sends).containsExactly(made.id());
    }

    @Test
    void aLostAnswerToCreateIsFoundByTitleNotCreatedAgain() {
        UpdateNotice notice = sending(NoticeAudience.LICENSED, null);
        mailchimp.loseNextCreateAnswer = true;

        sender.advance(notice.id());

        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.creates).isEqualTo(1);
        assertThat(mailchimp.sends).hasSize(1);
    }

    @Test
    void killedAfterSendingTheNextSenderReadsTheStatusAndDoesNotSendAgain() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);
        UpdateNotice crashed = notices.find(notice.id()).orElseThrow();
        crashed.creatingCampaign(clock.instant());
        RemoteCampaign made = mailchimp.create(new CampaignSpec(crashed.campaignTitle(), "s", "p",
                ScriptedAudience.GROUPS, null, clock.instant()));
        crashed.campaignCreated(made.id(), clock.instant());
        crashed.contentSet(clock.instant());
        crashed.sendRequested(clock.instant());
        notices.put(crashed);
        mailchimp.send(made.id());

        sender.advance(notice.id());

        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.sends).containsExactly(made.id());
    }

    @Test
    void aLostAnswerToSendIsSettledByMailchimpsStatus() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);
        mailchimp.loseNextSendAnswer = true;

        sender.advance(notice.id());

        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.sends).hasSize(1);
    }

    @Test
    void aChecklistErrorFailsTheNoticeInMailchimpsWordsAndASecondSendingResumesItsCampaign() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);
        mailchimp.checklistErrors = List.of("Your segment has no subscribed contacts to send to.");

        sender.advance(notice.id());
        UpdateNotice failed = notices.find(notice.id()).orElseThrow();
        mailchimp.checklistErrors = List.of();
        failed.requestSending(null, clock.instant());
        notices.update(failed);
        sender.advance(notice.id());

        assertThat(failed.problem()).isNull();
        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.creates).isEqualTo(1);
        assertThat(mailchimp.sends).hasSize(1);
        assertThat(mailchimp.contents).as("the content is set again").hasSize(2);
    }

    @Test
    void aFailedNoticeKeepsMailchimpsWords() {
        UpdateNotice notice = sending(NoticeAudience.ALL, null);
        mailchimp.checklistErrors = List.of("Your segment has no subscribed contacts to send to.");

        sender.advance(notice.id());

        UpdateNotice failed = notices.find(notice.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.problem()).isEqualTo("Your segment has no subscribed contacts to send to.");
        assertThat(failed.step()).isEqualTo(SendStep.CONTENT_SET);
        assertThat(mailchimp.sends).isEmpty();
    }

    @Test
    void aLicensedNoticeWaitsUntilTheSyncPushedItsProduct() {
        UpdateNotice notice = sending(NoticeAudience.LICENSED, null);
        productsPushed = false;

        sender.advance(notice.id());
        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENDING);
        assertThat(mailchimp.sends).isEmpty();
        productsPushed = true;
        sender.advance(notice.id());

        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(mailchimp.creates).isEqualTo(1);
        assertThat(mailchimp.sends).hasSize(1);
    }

    @Test
    void aScheduledNoticeBecomesSentWhenMailchimpSaysSo() {
        UpdateNotice notice = sending(NoticeAudience.ALL, Instant.parse("2026-03-01T10:15:00Z"));

        sender.advance(notice.id());
        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SCHEDULED);
        sender.advance(notice.id());
        assertThat(notices.find(notice.id()).orElseThrow().status()).isEqualTo(NoticeStatus.SCHEDULED);
        mailchimp.deliver(notices.find(notice.id()).orElseThrow().campaignId(), Instant.parse("2026-03-01T10:15:00Z"));
        clock.advance(Duration.ofMinutes(70));
        sender.advance(notice.id());

        UpdateNotice sent = notices.find(notice.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(mailchimp.sends).hasSize(1);
    }
}
