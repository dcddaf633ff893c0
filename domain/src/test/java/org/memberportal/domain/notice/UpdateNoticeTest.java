package org.memberportal.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class UpdateNoticeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:07:00Z");

    private static NoticeDraft draft(String subject) {
        return new NoticeDraft(" CAD ", "5.1", subject, "**New**: faster", null, NoticeAudience.LICENSED);
    }

    @Test
    void aDraftIsEditedUntilItIsAskedToGoOut() {
        UpdateNotice notice = UpdateNotice.write(draft("CAD 5.1 is out"), NOW);
        notice.edit(draft("CAD 5.1 is available"), NOW);

        notice.requestSending(null, NOW);

        assertThat(notice.draft().subject()).isEqualTo("CAD 5.1 is available");
        assertThat(notice.draft().product()).isEqualTo("CAD");
        assertThat(notice.status()).isEqualTo(NoticeStatus.SENDING);
        assertThatThrownBy(() -> notice.edit(draft("again"), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendingIsAskedOfADraftOrAFailedNoticeOnly() {
        UpdateNotice notice = UpdateNotice.write(draft("CAD 5.1"), NOW);
        notice.requestSending(null, NOW);
        assertThat(notice.maySend()).isFalse();
        assertThatThrownBy(() -> notice.requestSending(null, NOW)).isInstanceOf(IllegalStateException.class);

        notice.creatingCampaign(NOW);
        notice.campaignCreated("c1", NOW);
        notice.failed("Your campaign content is missing the required *|UNSUB|* merge tag.", NOW);
        assertThat(notice.maySend()).isTrue();
        notice.requestSending(null, NOW);

        assertThat(notice.campaignId()).as("a failed notice resumes its own campaign").isEqualTo("c1");
        assertThat(notice.step()).isEqualTo(SendStep.CAMPAIGN_CREATED);
        assertThat(notice.problem()).isNull();
    }

    @Test
    void theStepsAreRecordedInTheirOrderAndASentNoticeStaysSent() {
        UpdateNotice notice = UpdateNotice.write(draft("CAD 5.1"), NOW);
        notice.requestSending(null, NOW);
        assertThatThrownBy(() -> notice.sendRequested(NOW)).isInstanceOf(IllegalStateException.class);

        notice.creatingCampaign(NOW);
        notice.campaignCreated("c1", NOW);
        notice.contentSet(NOW);
        notice.sendRequested(NOW);
        notice.sent(NOW, NOW);

        assertThat(notice.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notice.maySend()).isFalse();
        assertThat(notice.campaignTitle()).isEqualTo("update-notice " + notice.id());
    }

    @Test
    void aScheduleIsOnAQuarterHourInTheFuture() {
        UpdateNotice notice = UpdateNotice.write(draft("CAD 5.1"), NOW);

        assertThatThrownBy(() -> notice.requestSending(Instant.parse("2026-03-01T10:10:00Z"), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter hour");
        assertThatThrownBy(() -> notice.requestSending(Instant.parse("2026-03-01T09:00:00Z"), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        notice.requestSending(Instant.parse("2026-03-01T10:15:00Z"), NOW);

        assertThat(notice.sendAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    }

    @Test
    void theReportIsReadAtMostOnceAMinute() {
        UpdateNotice notice = UpdateNotice.write(draft("CAD 5.1"), NOW);
        notice.requestSending(null, NOW);
        notice.creatingCampaign(NOW);
        notice.campaignCreated("c1", NOW);
        notice.contentSet(NOW);
        notice.sendRequested(NOW);
        notice.sent(NOW, NOW);
        assertThat(notice.needsReport(NOW)).isTrue();

        notice.reportRead(new NoticeReport(10, 4, 1, NOW));

        assertThat(notice.needsReport(NOW.plusSeconds(59))).isFalse();
        assertThat(notice.needsReport(NOW.plus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void productsAreLowerCasedBetweenDelimitersSoThatOneNeverMatchesAnother() {
        String tags = ProductTags.of(List.of("CADPro", " cad ", "ERP", "cad"));

        assertThat(tags).isEqualTo("|cad|cadpro|erp|");
        assertThat(tags).contains(ProductTags.condition("CAD"));
        assertThat(ProductTags.of(List.of("CADPro"))).doesNotContain(ProductTags.condition("cad"));
        assertThat(ProductTags.of(List.of())).isEmpty();
        assertThat(ProductTags.fits("|" + "x".repeat(254))).isTrue();
        assertThat(ProductTags.fits("|" + "x".repeat(254) + "|")).isFalse();
    }

    @Test
    void aDraftNeedsItsFieldsAndAnAudience() {
        assertThatThrownBy(() -> new NoticeDraft("CAD", "5.1", " ", "text", null, NoticeAudience.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> new NoticeDraft("CAD", "5.1", "s", "text", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audience");
    }
}
