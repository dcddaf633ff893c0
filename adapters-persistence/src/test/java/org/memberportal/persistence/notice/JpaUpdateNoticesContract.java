package org.memberportal.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;
import org.memberportal.domain.notice.NoticeReport;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.SendStep;
import org.memberportal.domain.notice.UpdateNotice;
import org.memberportal.persistence.testing.TestDatabase;

/**
 * Update notices on each database: the recorded steps survive as written (what a restarted sender
 * resumes from), a change from an old version is refused, and a claim is held by one holder at a
 * time until it runs out.
 */
abstract class JpaUpdateNoticesContract {

    private static final Instant T0 = Instant.parse("2026-03-01T09:07:00Z");

    abstract TestDatabase database();

    private <T> T inTransaction(Function<JpaUpdateNotices, T> work) {
        return database().inTransaction(JpaUpdateNoticesContract::notices, work);
    }

    private static JpaUpdateNotices notices(EntityManager em) {
        JpaUpdateNotices notices = new JpaUpdateNotices();
        notices.em = em;
        return notices;
    }

    private boolean claimed(String id, String holder, Instant now, Instant until) {
        Boolean claimed = inTransaction(n -> n.claim(id, holder, now, until));
        return claimed;
    }

    private UpdateNotice stored() {
        return inTransaction(n -> n.add(UpdateNotice.write(new NoticeDraft("CAD", "5.1", "CAD 5.1 is out",
                "**Faster**", null, NoticeAudience.LICENSED), T0)));
    }

    @Test
    void theRecordedStepsAreReadBackAsWrittenForTheNextSenderToResumeFrom() {
        UpdateNotice notice = stored();
        notice.requestSending(null, T0);
        notice.creatingCampaign(T0);
        UpdateNotice creating = inTransaction(n -> n.update(notice));
        creating.campaignCreated("abc123", T0);
        creating.contentSet(T0);
        creating.sendRequested(T0);
        inTransaction(n -> n.update(creating));

        UpdateNotice read = inTransaction(n -> n.find(notice.id())).orElseThrow();

        assertThat(read.status()).isEqualTo(NoticeStatus.SENDING);
        assertThat(read.step()).isEqualTo(SendStep.SEND_REQUESTED);
        assertThat(read.campaignId()).isEqualTo("abc123");
        assertThat(read.draft().audience()).isEqualTo(NoticeAudience.LICENSED);
        List<String> sending = inTransaction(n -> n.idsIn(NoticeStatus.SENDING));
        assertThat(sending).contains(notice.id());
    }

    @Test
    void aChangeFromAnOldVersionIsRefusedAsStale() {
        UpdateNotice notice = stored();
        UpdateNotice first = inTransaction(n -> n.find(notice.id())).orElseThrow();
        UpdateNotice second = inTransaction(n -> n.find(notice.id())).orElseThrow();
        first.requestSending(null, T0);
        inTransaction(n -> n.update(first));
        second.requestSending(null, T0);

        assertThatThrownBy(() -> inTransaction(n -> n.update(second))).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("stale-version"));
    }

    @Test
    void aSentNoticeKeepsItsReport() {
        UpdateNotice notice = stored();
        notice.requestSending(null, T0);
        notice.creatingCampaign(T0);
        notice.campaignCreated("c", T0);
        notice.contentSet(T0);
        notice.sendRequested(T0);
        notice.sent(T0, T0);
        notice.reportRead(new NoticeReport(12, 5, 2, T0.plusSeconds(90)));
        inTransaction(n -> n.update(notice));

        UpdateNotice read = inTransaction(n -> n.find(notice.id())).orElseThrow();

        assertThat(read.report()).isEqualTo(new NoticeReport(12, 5, 2, T0.plusSeconds(90)));
        assertThat(read.sentAt()).isEqualTo(T0);
    }

    @Test
    void aClaimIsOneHoldersUntilItRunsOutOrIsReleased() {
        String id = stored().id();
        Instant until = T0.plus(Duration.ofMinutes(2));

        assertThat(claimed(id, "a", T0, until)).isTrue();
        assertThat(claimed(id, "b", T0.plusSeconds(60), until)).isFalse();
        assertThat(claimed(id, "a", T0.plusSeconds(60), until)).as("its holder again").isTrue();
        assertThat(claimed(id, "b", until, until.plusSeconds(120))).as("run out").isTrue();
        inTransaction(n -> {
            n.release(id, "a");
            return null;
        });
        assertThat(claimed(id, "c", until.plusSeconds(1), until.plusSeconds(120)))
                .as("a release by another than the holder frees nothing").isFalse();
        inTransaction(n -> {
            n.release(id, "b");
            return null;
        });
        assertThat(claimed(id, "c", until.plusSeconds(1), until.plusSeconds(120))).isTrue();
    }
}
