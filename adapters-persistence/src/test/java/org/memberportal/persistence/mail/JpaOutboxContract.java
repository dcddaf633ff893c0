package org.memberportal.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.EmailSecret;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.persistence.testing.TestDatabase;

/** What JpaOutbox promises, checked against each database the portal runs on. */
abstract class JpaOutboxContract {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final OutboxSecretCipher CIPHER = OutboxSecretCipher.withKey(new byte[32]);
    static final String TOKEN = "tok3n-of-43-characters-xxxxxxxxxxxxxxxxxxx";

    abstract TestDatabase database();

    @BeforeEach
    void emptyOutbox() {
        database().inTransaction(em -> em.createQuery("delete from OutboxEmailEntity").executeUpdate());
    }

    @Test
    void aQueuedEmailReadsBackWhole() {
        OutgoingEmail email = new OutgoingEmail(EmailAddress.of("Jane.Doe@Acme.example"), "Jane Doe",
                "Activate your account – Müller & Söhne", "Open https://portal.example/activate?token=abc\nThanks",
                "<p>Open <a href=\"https://portal.example/activate?token=abc\">this</a></p>", "ACTIVATION");
        String id = outbox(o -> o.queue(email, T0));

        OutboxEntry entry = outbox(o -> o.newestFirst(null, PageRequest.first(10))).items().get(0);

        assertThat(entry).isEqualTo(new OutboxEntry(id, email, DeliveryState.QUEUED, 0, null, T0, T0, null));
    }

    @Test
    void theLongestDueEmailIsClaimedForOneAttempt() {
        String later = outbox(o -> o.queue(email("later@acme.example"), T0.plusSeconds(10)));
        String first = outbox(o -> o.queue(email("first@acme.example"), T0));
        outbox(o -> o.queue(email("not-yet@acme.example"), T0.plusSeconds(60)));

        Instant now = T0.plusSeconds(30);
        List<OutboxEntry> claimed = claimAll(now);

        assertThat(claimed).extracting(OutboxEntry::id).containsExactly(first, later);
        assertThat(claimed).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SENDING);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isEqualTo(now.plus(CLAIM));
        });
    }

    @Test
    void aRowClaimedByOneInstanceIsNotClaimedByAnother() {
        String id = outbox(o -> o.queue(email("jane@acme.example"), T0));

        // both instances saw the row due; the first one's conditional update wins
        boolean first = outbox(o -> o.claim(id, T0, T0.plus(CLAIM)));
        boolean second = outbox(o -> o.claim(id, T0, T0.plus(CLAIM)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(claimNextDue(T0.plus(CLAIM).minusSeconds(1), T0.plus(CLAIM.multipliedBy(2))))
                .as("claimed until then").isEmpty();
    }

    @Test
    void instancesClaimingAtOnceShareTheRowsWithoutOverlap() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            ids.add(outbox(o -> o.queue(email("member" + n + "@acme.example"), T0)));
        }
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<OutboxEntry>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(instances.submit(() -> claimAll(T0)));
            }
            List<String> claimed = new ArrayList<>();
            for (Future<List<OutboxEntry>> claim : claims) {
                claim.get().forEach(e -> claimed.add(e.id()));
            }
            assertThat(claimed).as("each row claimed exactly once").containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void instancesClaimingBatchesAtOnceShareTheRowsWithoutOverlap() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            ids.add(outbox(o -> o.queue(email("member" + n + "@acme.example"), T0.plusMillis(n))));
        }
        Instant now = T0.plusSeconds(1);
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> claims = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                claims.add(instances.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (List<OutboxEntry> batch = claimBatch(now, 7); !batch.isEmpty(); batch = claimBatch(now, 7)) {
                        batch.forEach(e -> mine.add(e.id()));
                    }
                    return mine;
                }));
            }
            List<String> claimed = new ArrayList<>();
            for (Future<List<String>> claim : claims) {
                claimed.addAll(claim.get());
            }
            assertThat(claimed).as("each row claimed exactly once").containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void aBatchIsClaimedLongestDueFirstAndAnUntriedEntryGoesBackAsItWas() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            ids.add(outbox(o -> o.queue(email("member" + n + "@acme.example"), T0.plusSeconds(n))));
        }
        Instant now = T0.plusSeconds(10);

        List<OutboxEntry> batch = claimBatch(now, 3);
        outbox(o -> {
            o.release(ids.get(2), now);
            return null;
        });

        assertThat(batch).extracting(OutboxEntry::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(batch).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.SENDING));
        assertThat(entry(ids.get(2))).isEqualTo(new OutboxEntry(ids.get(2), email("member2@acme.example"),
                DeliveryState.QUEUED, 0, null, T0.plusSeconds(2), now, null));
        assertThat(claimBatch(now, 10)).extracting(OutboxEntry::id).containsExactly(ids.get(3), ids.get(4), ids.get(2));
    }

    @Test
    void aClaimWhoseInstanceNeverReportedBackExpires() {
        String id = outbox(o -> o.queue(email("jane@acme.example"), T0));
        claimNextDue(T0, T0.plus(CLAIM));

        Optional<OutboxEntry> again = claimNextDue(T0.plus(CLAIM), T0.plus(CLAIM.multipliedBy(2)));

        assertThat(again).map(OutboxEntry::id).contains(id);
        assertThat(again).map(OutboxEntry::attempts).contains(2);
    }

    @Test
    void aFailedAttemptIsDueAgainLater() {
        String id = outbox(o -> o.queue(email("jane@acme.example"), T0));
        claimNextDue(T0, T0.plus(CLAIM));

        outbox(o -> {
            o.recordRetry(id, "421 try later", T0.plusSeconds(30));
            return null;
        });

        assertThat(entry(id)).extracting(OutboxEntry::state, OutboxEntry::lastError, OutboxEntry::nextAttemptAt)
                .containsExactly(DeliveryState.QUEUED, "421 try later", T0.plusSeconds(30));
        assertThat(claimNextDue(T0.plusSeconds(29), T0.plus(CLAIM))).isEmpty();
        assertThat(claimNextDue(T0.plusSeconds(30), T0.plus(CLAIM))).isPresent();
    }

    @Test
    void sentAndFailedRowsAreNeverDueAndSentWins() {
        String sent = outbox(o -> o.queue(email("jane@acme.example"), T0));
        String failed = outbox(o -> o.queue(email("nobody@acme.example"), T0.plusSeconds(1)));
        claimAll(T0.plusSeconds(1));

        outbox(o -> {
            o.recordSent(sent, T0.plusSeconds(2));
            o.recordFailed(failed, "550 no such user");
            // a late report of an instance whose claim had expired changes nothing
            o.recordRetry(sent, "timeout", T0.plusSeconds(60));
            o.recordRetry(failed, "timeout", T0.plusSeconds(60));
            return null;
        });

        assertThat(entry(sent)).extracting(OutboxEntry::state, OutboxEntry::sentAt)
                .containsExactly(DeliveryState.SENT, T0.plusSeconds(2));
        assertThat(entry(failed)).extracting(OutboxEntry::state, OutboxEntry::lastError)
                .containsExactly(DeliveryState.FAILED, "550 no such user");
        assertThat(claimNextDue(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void aLinkTokenIsStoredEncryptedOnlyUntilTheEmailIsSentOrFailed() {
        String link = "https://portal.example/activate?token=" + EmailSecret.PLACEHOLDER;
        OutgoingEmail withLink = new OutgoingEmail(EmailAddress.of("jane@acme.example"), "Jane", "Activate",
                "Open " + link, "<a href=\"" + link + "\">" + link + "</a>", "ACTIVATION",
                new EmailSecret(TOKEN, T0.plus(Duration.ofDays(7))));
        String sent = outbox(o -> o.queue(withLink, T0));
        String failed = outbox(o -> o.queue(withLink, T0));

        assertThat(entry(sent).email()).isEqualTo(withLink);
        assertThat(rawColumns(sent)).doesNotContain(TOKEN);
        assertThat(database().inTransaction(em -> em.find(OutboxEmailEntity.class, sent).toDomain(
                OutboxSecretCipher.withKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}))).email().secret())
                .as("another key opens nothing").extracting(EmailSecret::isReadable).isEqualTo(false);

        claimAll(T0);
        outbox(o -> {
            o.recordSent(sent, T0.plusSeconds(1));
            o.recordFailed(failed, "expired");
            return null;
        });

        assertThat(entry(sent).email().secret()).isNull();
        assertThat(entry(failed).email().secret()).isNull();
    }

    @Test
    void bodiesOfFinishedRowsAreDroppedAfterTheRetention() {
        String old = outbox(o -> o.queue(email("old@acme.example"), T0));
        String recent = outbox(o -> o.queue(email("recent@acme.example"), T0.plus(Duration.ofDays(2))));
        String waiting = outbox(o -> o.queue(email("waiting@acme.example"), T0.plus(Duration.ofDays(3))));
        claimAll(T0.plus(Duration.ofDays(2)));
        outbox(o -> {
            o.recordSent(old, T0.plus(Duration.ofDays(2)));
            o.recordFailed(recent, "550 no such user");
            return null;
        });

        int dropped = outbox(o -> o.dropBodies(T0.plus(Duration.ofDays(1))));

        assertThat(dropped).isEqualTo(1);
        assertThat(entry(old).email()).extracting(OutgoingEmail::textBody, OutgoingEmail::htmlBody)
                .containsExactly("", "");
        assertThat(entry(old).state()).isEqualTo(DeliveryState.SENT);
        assertThat(entry(recent).email().textBody()).isEqualTo("text");
        assertThat(entry(waiting).email().textBody()).isEqualTo("text");
        int again = outbox(o -> o.dropBodies(T0.plus(Duration.ofDays(1))));
        assertThat(again).isZero();
    }

    /** Every column of the row as the database holds it, as a backup would. */
    private String rawColumns(String id) {
        return database().inTransaction(em -> java.util.Arrays.deepToString((Object[]) em.createNativeQuery(
                "select text_body, html_body, sealed_secret from outbox where id = ?1").setParameter(1, id)
                .getSingleResult()));
    }

    @Test
    void agentsPageNewestFirstAndFilterByState() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            ids.add(outbox(o -> o.queue(email("member" + n + "@acme.example"), T0.plusSeconds(n))));
        }
        List<String> newestFirst = ids.stream().sorted((a, b) -> b.compareTo(a)).toList();
        String claimed = claimNextDue(T0, T0.plus(CLAIM)).orElseThrow().id();

        Page<OutboxEntry> first = outbox(o -> o.newestFirst(null, PageRequest.first(3)));
        Page<OutboxEntry> second = outbox(o -> o.newestFirst(null, new PageRequest(first.next(), 3)));
        Page<OutboxEntry> sending = outbox(o -> o.newestFirst(DeliveryState.SENDING, PageRequest.first(3)));

        assertThat(first.items()).extracting(OutboxEntry::id).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(second.items()).extracting(OutboxEntry::id).containsExactlyElementsOf(newestFirst.subList(3, 5));
        assertThat(second.next()).isNull();
        assertThat(sending.items()).extracting(OutboxEntry::id).containsExactly(claimed);
    }

    private List<OutboxEntry> claimAll(Instant now) {
        List<OutboxEntry> claimed = new ArrayList<>();
        for (Optional<OutboxEntry> next = claimNextDue(now, now.plus(CLAIM)); next.isPresent();
                next = claimNextDue(now, now.plus(CLAIM))) {
            claimed.add(next.get());
        }
        return claimed;
    }

    private List<OutboxEntry> claimBatch(Instant now, int max) {
        return outbox(o -> o.claimDue(now, now.plus(CLAIM), max));
    }

    private Optional<OutboxEntry> claimNextDue(Instant now, Instant claimedUntil) {
        return outbox(o -> o.claimNextDue(now, claimedUntil));
    }

    private OutboxEntry entry(String id) {
        return database().inTransaction(em -> em.find(OutboxEmailEntity.class, id).toDomain(CIPHER));
    }

    /** One call of the repository in a transaction of its own, as the relay makes them. */
    private <T> T outbox(Function<JpaOutbox, T> call) {
        return database().inTransaction((EntityManager em) -> {
            JpaOutbox outbox = new JpaOutbox();
            outbox.em = em;
            outbox.cipher = CIPHER;
            return call.apply(outbox);
        });
    }

    private static OutgoingEmail email(String to) {
        return new OutgoingEmail(EmailAddress.of(to), null, "Hello", "text", "<p>html</p>", "ACTIVATION");
    }
}
