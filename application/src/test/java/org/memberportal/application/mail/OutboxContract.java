package org.memberportal.application.mail;

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

import org.junit.jupiter.api.Test;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.EmailAddress;

/**
 * What every outbox promises, the JPA one on each database and the application's fake alike: the
 * relay's claims, reports and retention, and the agents' listing.
 *
 * @param <O> the outbox under test, which is all three ports
 */
public abstract class OutboxContract<O extends Outbox & OutboxDeliveries & OutboxListing> {

    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    protected static final Duration CLAIM = Duration.ofMinutes(5);
    protected static final String TOKEN = "tok3n-of-43-characters-xxxxxxxxxxxxxxxxxxx";

    /**
     * Runs {@code work} in a transaction of its own, as the relay makes each call; transactions may
     * run at once on several threads, as the relays of several instances do.
     */
    protected abstract <T> T inTransaction(Function<O, T> work);

    @Test
    void aLinkTokenReadsBackOnlyUntilTheEmailIsSentOrFailed() {
        OutgoingEmail withLink = emailWithLink();
        String sent = outbox(o -> o.queue(withLink, T0));
        String failed = outbox(o -> o.queue(withLink, T0));

        assertThat(entry(sent).email()).isEqualTo(withLink);

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
        List<String> ids = queuedASecondApart(5);
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

    @Test
    void agentsPageNewestFirstAndFilterByState() {
        List<String> ids = queuedASecondApart(5);
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

    /** E-mails to member0, member1, ..., queued from T0 on, one a second. */
    private List<String> queuedASecondApart(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            ids.add(outbox(o -> o.queue(email("member" + n + "@acme.example"), T0.plusSeconds(n))));
        }
        return ids;
    }

    protected final List<OutboxEntry> claimAll(Instant now) {
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

    protected final Optional<OutboxEntry> claimNextDue(Instant now, Instant claimedUntil) {
        return outbox(o -> o.claimNextDue(now, claimedUntil));
    }

    /** The entry as the agents' listing shows it. */
    protected final OutboxEntry entry(String id) {
        for (PageRequest next = PageRequest.first(PageRequest.MAX_LIMIT); ; ) {
            PageRequest page = next;
            Page<OutboxEntry> entries = outbox(o -> o.newestFirst(null, page));
            Optional<OutboxEntry> found = entries.items().stream().filter(e -> e.id().equals(id)).findFirst();
            if (found.isPresent() || entries.next() == null) {
                return found.orElseThrow();
            }
            next = new PageRequest(entries.next(), PageRequest.MAX_LIMIT);
        }
    }

    protected final <T> T outbox(Function<O, T> call) {
        return inTransaction(call);
    }

    protected static OutgoingEmail emailWithLink() {
        String link = "https://portal.example/activate?token=" + EmailSecret.PLACEHOLDER;
        return new OutgoingEmail(EmailAddress.of("jane@acme.example"), "Jane", "Activate",
                "Open " + link, "<a href=\"" + link + "\">" + link + "</a>", "ACTIVATION",
                new EmailSecret(TOKEN, T0.plus(Duration.ofDays(7))));
    }

    protected static OutgoingEmail email(String to) {
        return new OutgoingEmail(EmailAddress.of(to), null, "Hello", "text", "<p>html</p>", "ACTIVATION");
    }
}
