package org.memberportal.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.memberportal.application.mail.RelayOutboxUseCase.RelayRound;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.application.testing.ScriptedMailSender;
import org.memberportal.domain.account.EmailAddress;

class OutboxRelayTest {

    private static final DeliveryFailure SMTP_DOWN = DeliveryFailure.temporary("Connection refused", null);
    private static final DeliveryFailure NO_SUCH_USER =
            DeliveryFailure.permanent("550 5.1.1 no such user", null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ScriptedMailSender smtp = new ScriptedMailSender();
    private final OutboxRelay relay = new OutboxRelay(outbox, smtp, clock, RelayPolicy.STANDARD);

    @Test
    void aQueuedEmailIsSentAndMarkedSentWithItsTime() {
        String id = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        clock.advance(Duration.ofSeconds(3));

        RelayRound round = relay.relayDue();

        assertThat(round).isEqualTo(new RelayRound(true, 1, 0, 0));
        assertThat(smtp.sent).extracting(OutgoingEmail::to).containsExactly(EmailAddress.of("jane@acme.example"));
        OutboxEntry entry = outbox.get(id);
        assertThat(entry.state()).isEqualTo(DeliveryState.SENT);
        assertThat(entry.sentAt()).isEqualTo(clock.instant());
        assertThat(entry.attempts()).isEqualTo(1);
    }

    @Test
    void aSentEmailIsNotSentAgain() {
        outbox.queue(activationFor("jane@acme.example"), clock.instant());
        relay.relayDue();

        clock.advance(Duration.ofDays(1));
        RelayRound again = relay.relayDue();

        assertThat(again.didAnything()).isFalse();
        assertThat(smtp.attempts).isEqualTo(1);
    }

    @Test
    void withoutSmtpTheEmailsWaitInTheOutbox() {
        ScriptedMailSender unconfigured = new ScriptedMailSender().notConfigured();
        OutboxRelay idle = new OutboxRelay(outbox, unconfigured, clock, RelayPolicy.STANDARD);
        String id = outbox.queue(activationFor("jane@acme.example"), clock.instant());

        clock.advance(Duration.ofMinutes(5));
        RelayRound round = idle.relayDue();

        assertThat(round).isEqualTo(RelayRound.SMTP_NOT_CONFIGURED);
        assertThat(unconfigured.attempts).isZero();
        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(outbox.get(id).attempts()).isZero();
    }

    @Test
    void transientFailuresAreRetriedWithBackoffDoublingUpToAnHour() {
        String id = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        int failures = 10;
        for (int i = 0; i < failures; i++) {
            smtp.thenFail(SMTP_DOWN);
        }

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            Instant failedAt = clock.instant();
            assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 0, 1, 0));
            OutboxEntry entry = outbox.get(id);
            assertThat(entry.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(entry.attempts()).isEqualTo(i + 1);
            assertThat(entry.lastError()).isEqualTo("Connection refused");
            waits.add(Duration.between(failedAt, entry.nextAttemptAt()));

            clock.advance(waits.get(i).minusSeconds(1));
            assertThat(relay.relayDue().didAnything()).as("not tried before it is due").isFalse();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));

        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 1, 0, 0));
        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.SENT);
        assertThat(outbox.get(id).attempts()).isEqualTo(failures + 1);
    }

    @Test
    void aPermanentFailureIsMarkedFailedAndNeverRetried() {
        String id = outbox.queue(activationFor("nobody@acme.example"), clock.instant());
        smtp.thenFail(NO_SUCH_USER);

        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 0, 0, 1));
        clock.advance(Duration.ofDays(2));
        relay.relayDue();

        OutboxEntry entry = outbox.get(id);
        assertThat(entry.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(entry.lastError()).isEqualTo("550 5.1.1 no such user");
        assertThat(smtp.attempts).isEqualTo(1);
    }

    @Test
    void aPermanentFailureDoesNotHoldUpTheOthers() {
        String refused = outbox.queue(activationFor("nobody@acme.example"), clock.instant());
        clock.advance(Duration.ofSeconds(1));
        String fine = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        smtp.thenFail(NO_SUCH_USER);

        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 1, 0, 1));
        assertThat(outbox.get(refused).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(outbox.get(fine).state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void whenSmtpIsDownTheRoundStopsAtTheFirstFailure() {
        String first = outbox.queue(activationFor("a@acme.example"), clock.instant());
        clock.advance(Duration.ofSeconds(1));
        String second = outbox.queue(activationFor("b@acme.example"), clock.instant());
        clock.advance(Duration.ofSeconds(1));
        String third = outbox.queue(activationFor("c@acme.example"), clock.instant());
        smtp.thenFail(SMTP_DOWN);

        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 0, 1, 0));

        assertThat(smtp.attempts).isEqualTo(1);
        assertThat(outbox.get(first).attempts()).isEqualTo(1);
        for (String waiting : List.of(second, third)) {
            assertThat(outbox.get(waiting).state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(outbox.get(waiting).attempts()).isZero();
        }

        clock.advance(Duration.ofSeconds(5));
        assertThat(relay.relayDue()).as("the others go in the next round").isEqualTo(new RelayRound(true, 2, 0, 0));
        clock.advance(Duration.ofSeconds(30));
        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 1, 0, 0));
        assertThat(smtp.sent).extracting(e -> e.to().value())
                .containsExactly("b@acme.example", "c@acme.example", "a@acme.example");
    }

    @Test
    void aRoundKeepsClaimingWhileEmailsAreDue() {
        OutboxRelay smallBatches = new OutboxRelay(outbox, smtp, clock,
                new RelayPolicy(2, Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(1), 1));
        for (String to : List.of("a@acme.example", "b@acme.example", "c@acme.example", "d@acme.example",
                "e@acme.example")) {
            outbox.queue(activationFor(to), clock.instant());
        }

        assertThat(smallBatches.relayDue()).isEqualTo(new RelayRound(true, 5, 0, 0));
        assertThat(smtp.connections).as("one connection per batch of two").isEqualTo(3);
        assertThat(smallBatches.relayDue().didAnything()).isFalse();
    }

    @Test
    void aBatchIsSharedOutOverTheConnectionsSendingSideBySide() throws Exception {
        OutboxRelay threeConnections = new OutboxRelay(outbox, smtp, clock, RelayPolicy.STANDARD.withConnections(3));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            ids.add(outbox.queue(activationFor("m" + i + "@acme.example"), clock.instant()));
        }
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            RelayRound round = threeConnections.relayDue(senders);
            assertThat(round).isEqualTo(new RelayRound(true, 250, 0, 0));
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(smtp.connections).as("three per batch of 100, batches of 100, 100 and 50").isEqualTo(9);
        assertThat(smtp.sent).hasSize(250);
        assertThat(ids).allSatisfy(id -> assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void whenSmtpFailsTheUntriedEmailsOfTheBatchGoBackUnchanged() {
        OutboxRelay twoConnections = new OutboxRelay(outbox, smtp, clock, RelayPolicy.STANDARD.withConnections(2));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(outbox.queue(activationFor("m" + i + "@acme.example"), clock.instant()));
        }
        smtp.thenFail(SMTP_DOWN);

        assertThat(twoConnections.relayDue()).isEqualTo(new RelayRound(true, 0, 1, 0));

        assertThat(outbox.get(ids.get(0)).attempts()).isEqualTo(1);
        for (String untried : ids.subList(1, 6)) {
            assertThat(outbox.get(untried).state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(outbox.get(untried).attempts()).isZero();
            assertThat(outbox.get(untried).nextAttemptAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void anEmailWhoseSenderDiedMidwayIsSentAgainOnceItsClaimExpires() {
        String id = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        // another instance claims it and dies before it reports back
        outbox.claimNextDue(clock.instant(), clock.instant().plus(RelayPolicy.STANDARD.claimFor()));

        assertThat(relay.relayDue().didAnything()).as("still claimed").isFalse();
        clock.advance(RelayPolicy.STANDARD.claimFor());
        assertThat(relay.relayDue()).isEqualTo(new RelayRound(true, 1, 0, 0));

        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.SENT);
        assertThat(outbox.get(id).attempts()).isEqualTo(2);
    }

    @Test
    void longErrorsAreCut() {
        String id = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        smtp.thenFail(DeliveryFailure.temporary("x".repeat(5000), null));

        relay.relayDue();

        assertThat(outbox.get(id).lastError()).hasSize(OutboxEntry.MAX_ERROR_LENGTH).endsWith("…");
    }

    @Test
    void theTokenGoesInOnlyAtSendTimeAndIsDroppedAfter() {
        String id = outbox.queue(linkFor("jane@acme.example", clock.instant().plus(Duration.ofHours(1))),
                clock.instant());

        relay.relayDue();

        assertThat(smtp.sent.get(0).textBody()).contains("activate?token=" + TOKEN)
                .doesNotContain(EmailSecret.PLACEHOLDER);
        assertThat(smtp.sent.get(0).htmlBody()).contains("activate?token=" + TOKEN);
        assertThat(outbox.get(id).email().secret()).isNull();
        assertThat(outbox.get(id).email().textBody()).doesNotContain(TOKEN);
    }

    @Test
    void anEmailWhoseLinkExpiredFailsUnsent() {
        String id = outbox.queue(linkFor("jane@acme.example", clock.instant().plus(Duration.ofHours(1))),
                clock.instant());
        clock.advance(Duration.ofHours(1));

        RelayRound round = relay.relayDue();

        assertThat(round).isEqualTo(new RelayRound(true, 0, 0, 1));
        assertThat(smtp.attempts).isZero();
        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(outbox.get(id).lastError()).startsWith("expired");
        assertThat(outbox.get(id).email().secret()).isNull();
    }

    @Test
    void anUnreadableTokenFailsUnsent() {
        OutgoingEmail sealedWithAnotherKey = new OutgoingEmail(EmailAddress.of("jane@acme.example"), "Jane", "Activate",
                "t", "h", "ACTIVATION", new EmailSecret(null, clock.instant().plus(Duration.ofHours(1))));
        String id = outbox.queue(sealedWithAnotherKey, clock.instant());

        relay.relayDue();

        assertThat(smtp.attempts).isZero();
        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(outbox.get(id).lastError()).contains("PORTAL_OUTBOX_KEY");
    }

    @Test
    void bodiesOfFinishedEmailsAreDroppedAfterTheRetention() {
        String sent = outbox.queue(activationFor("jane@acme.example"), clock.instant());
        relay.relayDue();
        String waiting = outbox.queue(activationFor("john@acme.example"), clock.instant());
        smtp.notConfigured();
        clock.advance(Duration.ofDays(8));

        int dropped = relay.dropBodiesOlderThan(Duration.ofDays(7));

        assertThat(dropped).isEqualTo(1);
        assertThat(outbox.get(sent).email().textBody()).isEmpty();
        assertThat(outbox.get(sent).email().htmlBody()).isEmpty();
        assertThat(outbox.get(waiting).email().textBody()).as("not finished").isNotEmpty();
        assertThat(relay.dropBodiesOlderThan(Duration.ofDays(7))).isZero();
    }

    static final String TOKEN = "tok3n-of-43-characters-xxxxxxxxxxxxxxxxxxx";

    /** An e-mail whose link's token travels as its secret, as the account life cycle writes it. */
    static OutgoingEmail linkFor(String address, Instant expiresAt) {
        String link = "https://portal.example/activate?token=" + EmailSecret.PLACEHOLDER;
        return new OutgoingEmail(EmailAddress.of(address), "Jane Doe", "Activate your portal account",
                "Open " + link, "<p><a href=\"" + link + "\">" + link + "</a></p>", "ACTIVATION",
                new EmailSecret(TOKEN, expiresAt));
    }

    static OutgoingEmail activationFor(String address) {
        return new OutgoingEmail(EmailAddress.of(address), "Jane Doe", "Activate your portal account",
                "Open https://portal.example/activate?token=secret", "<p><a href=\"https://portal.example/activate?token=secret\">Activate</a></p>",
                "ACTIVATION");
    }
}
