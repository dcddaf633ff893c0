package org.memberportal.mailchimp.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.Mailing;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.MergeFields;
import org.memberportal.application.notice.CampaignSpec;
import org.memberportal.application.notice.NoticeContent;
import org.memberportal.application.notice.RemoteCampaign;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.GuardedCalls;
import org.memberportal.mailchimp.MailchimpAudienceGateway;
import org.memberportal.mailchimp.MailchimpConnection;
import org.memberportal.mailchimp.MailchimpSettings;
import org.memberportal.mailchimp.fake.FakeCampaign;
import org.memberportal.mailchimp.fake.FakeEndpoint;
import org.memberportal.mailchimp.fake.FakeMailchimp;
import org.memberportal.mailchimp.fake.SteppingClock;

/** The campaigns' adapter against the fake Mailchimp, over HTTP (Fault Tolerance does not act here: one call each). */
class MailchimpCampaignGatewayTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-us6";

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T09:00:00Z"));
    private FakeMailchimp mailchimp;
    private MailchimpConnection connection;
    private MailchimpCampaignGateway gateway;
    private AudienceGroups groups;

    @BeforeEach
    void start() {
        mailchimp = new FakeMailchimp(KEY, clock);
        Map<String, String> values = Map.of(MailchimpSettings.API_KEY, KEY, MailchimpSettings.LIST_ID,
                mailchimp.listId(), MailchimpSettings.BASE_URL, mailchimp.baseUri().toString());
        MailchimpSettings settings = MailchimpSettings.from(name -> Optional.ofNullable(values.get(name)));
        connection = new MailchimpConnection(settings);
        gateway = new MailchimpCampaignGateway(settings, new GuardedCalls(), connection, CampaignSender.DEFAULTS);
        MailchimpAudienceGateway audience = new MailchimpAudienceGateway(settings, new GuardedCalls(), connection);
        groups = audience.ensureGroups();
        audience.upsert(groups, MemberBatch.of(List.of(
                member("on@example.com", Set.of(Mailing.UPDATE_NOTICES)),
                member("off@example.com", Set.of(Mailing.TRAINING_NEWSLETTER)))));
    }

    @AfterEach
    void stop() {
        mailchimp.close();
    }

    @Test
    void aCampaignReachesTheUpdateNoticesGroupAndIsSentOnceWithTheRenderedContent() {
        RemoteCampaign created = gateway.create(spec("update-notice n1", null));
        gateway.setContent(created.id(), content("<p><strong>Faster</strong></p>"));

        assertThat(gateway.checklistErrors(created.id())).isEmpty();
        gateway.send(created.id());
        assertThatThrownBy(() -> gateway.send(created.id())).isInstanceOfSatisfying(AudienceRejection.class,
                refused -> assertThat(refused.getMessage()).contains("cannot be sent because its status is"));

        FakeCampaign campaign = mailchimp.campaign(created.id()).orElseThrow();
        assertThat(campaign.recipients()).containsExactly("on@example.com");
        assertThat(campaign.html()).contains("<strong>Faster</strong>", NoticeContent.UNSUBSCRIBE_TAG);
        assertThat(mailchimp.sends()).isEqualTo(1);
        assertThat(gateway.campaign(created.id()).wentOut()).isTrue();
        assertThat(gateway.report(created.id(), clock.instant()).emailsSent()).isEqualTo(1);
    }

    @Test
    void aLostAnswerToCreateIsFoundByTitleAndNotMadeTwice() {
        mailchimp.loseAnswersOf(FakeEndpoint.CAMPAIGN_CREATE, 1);

        RemoteCampaign created = gateway.create(spec("update-notice n2", null));

        assertThat(mailchimp.campaignsTitled("update-notice n2")).hasSize(1)
                .extracting(FakeCampaign::id).containsExactly(created.id());
        assertThat(gateway.findByTitle("update-notice n2", clock.instant().minusSeconds(60))).contains(created);
    }

    @Test
    void theChecklistSaysWhatIsMissingInMailchimpsWords() {
        RemoteCampaign created = gateway.create(spec("update-notice n3", "|cad|"));

        assertThat(gateway.checklistErrors(created.id())).contains("You need to add content to your campaign.",
                "Your segment has no subscribed contacts to send to.");
    }

    @Test
    void aScheduleOffTheQuarterHourIsRefused() {
        RemoteCampaign created = gateway.create(spec("update-notice n4", null));
        gateway.setContent(created.id(), content("<p>text</p>"));

        assertThatThrownBy(() -> gateway.schedule(created.id(), Instant.parse("2026-03-01T10:10:00Z")))
                .isInstanceOf(AudienceRejection.class).hasMessageContaining("quarter-hour");
        gateway.schedule(created.id(), Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(gateway.campaign(created.id()).isScheduled()).isTrue();
    }

    private CampaignSpec spec(String title, String productTag) {
        return new CampaignSpec(title, "CAD 5.1 is out", "CAD 5.1", groups, productTag, clock.instant().minusSeconds(3600));
    }

    /** Content as the application renders it (MarkdownNoticesTest): the body, then the unsubscribe footer. */
    private static NoticeContent content(String html) {
        return new NoticeContent(html + "<p><a href=\"" + NoticeContent.UNSUBSCRIBE_TAG + "\">Unsubscribe</a></p>",
                "text\n" + NoticeContent.UNSUBSCRIBE_TAG);
    }

    private static MemberState member(String email, Set<Mailing> mailings) {
        return new MemberState(EmailAddress.of(email), AudienceStatus.SUBSCRIBED, new MergeFields("A", "B", "C", "BASIC"),
                mailings);
    }
}
