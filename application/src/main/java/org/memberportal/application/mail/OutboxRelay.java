package org.memberportal.application.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends queued e-mails and marks them. E-mails are first claimed (a batch, committed), then each is
 * sent and marked (committed) on its own: a crash leaves the batch's unmarked e-mails claimed, and
 * once the claim expires they are sent again, the one that was in flight included. So an e-mail may
 * arrive twice (only the one being handed over when the crash came) but is never lost.
 *
 * <p>Runs outside any transaction on purpose: every step through {@link OutboxDeliveries} commits on
 * its own, and no transaction waits on an SMTP server.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OutboxRelay implements RelayOutboxUseCase {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final OutboxDeliveries deliveries;
    private final MailSender sender;
    private final Clock clock;
    private final RelayPolicy policy;

    protected OutboxRelay() {
        this(null, null, null, RelayPolicy.STANDARD); // for the CDI proxy
    }

    @Inject
    public OutboxRelay(OutboxDeliveries deliveries, MailSender sender, Clock clock, RelayPolicy policy) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public RelayRound relayDue(Executor senders) {
        if (!sender.isConfigured()) {
            return RelayRound.SMTP_NOT_CONFIGURED;
        }
        RelayRound round = new RelayRound(true, 0, 0, 0);
        AtomicBoolean smtpFailing = new AtomicBoolean();
        List<OutboxEntry> batch;
        do {
            Instant now = clock.instant();
            batch = deliveries.claimDue(now, now.plus(policy.claimFor()), policy.batchSize());
            round = round.plus(sendSideBySide(batch, senders, smtpFailing));
        } while (batch.size() == policy.batchSize() && !smtpFailing.get());
        return round;
    }

    /** Shares the batch out over the policy's connections, in order, and waits for all of them. */
    private RelayRound sendSideBySide(List<OutboxEntry> batch, Executor senders, AtomicBoolean smtpFailing) {
        if (batch.isEmpty()) {
            return new RelayRound(true, 0, 0, 0);
        }
        int connections = Math.min(policy.connections(), batch.size());
        List<CompletableFuture<RelayRound>> shares = new ArrayList<>(connections);
        for (int c = 0; c < connections; c++) {
            List<OutboxEntry> share = new ArrayList<>();
            for (int i = c; i < batch.size(); i += connections) {
                share.add(batch.get(i));
            }
            shares.add(CompletableFuture.supplyAsync(() -> sendOverOneConnection(share, smtpFailing), senders));
        }
        RelayRound sum = new RelayRound(true, 0, 0, 0);
        RuntimeException failure = null;
        for (CompletableFuture<RelayRound> share : shares) {
            try {
                sum = sum.plus(share.join());
            } catch (CompletionException e) {
                // the others still finish first: none of their outcomes is left unrecorded
                failure = e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return sum;
    }

    /**
     * Sends a share one e-mail after the other over one connection, recording each outcome as it
     * comes (a crash sends again at most the e-mail in flight). Once the SMTP server fails for now,
     * on this connection or another, the rest of the share goes back to the queue untried.
     */
    private RelayRound sendOverOneConnection(List<OutboxEntry> share, AtomicBoolean smtpFailing) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        try (MailSender.Connection connection = sender.connect()) {
            for (OutboxEntry entry : share) {
                if (smtpFailing.get()) {
                    deliveries.release(entry.id(), clock.instant());
                    continue;
                }
                Optional<String> unusable = unusableSecret(entry.email().secret(), clock.instant());
                if (unusable.isPresent()) {
                    deliveries.recordFailed(entry.id(), unusable.get());
                    LOG.warning(() -> "E-mail " + entry.id() + " (" + entry.email().kind() + ") not sent: "
                            + unusable.get());
                    failed++;
                    continue;
                }
                try {
                    connection.send(entry.email().revealed());
                    deliveries.recordSent(entry.id(), clock.instant());
                    sent++;
                } catch (DeliveryFailure failure) {
                    String error = OutboxEntry.errorText(failure.getMessage());
                    if (failure.isPermanent()) {
                        deliveries.recordFailed(entry.id(), error);
                        LOG.warning(() -> "E-mail " + entry.id() + " (" + entry.email().kind()
                                + ") refused for good: " + error);
                        failed++;
                    } else {
                        Instant next = clock.instant().plus(policy.retryDelayAfter(entry.attempts()));
                        deliveries.recordRetry(entry.id(), error, next);
                        LOG.info(() -> "E-mail " + entry.id() + " not sent (attempt " + entry.attempts()
                                + "), next at " + next + ": " + error);
                        retrying++;
                        // the server is most likely down for the others too: they wait for the next round
                        smtpFailing.set(true);
                    }
                }
            }
        }
        return new RelayRound(true, sent, retrying, failed);
    }

    /** A link that no longer works is not worth sending: the person asks for a new one. */
    private static Optional<String> unusableSecret(EmailSecret secret, Instant now) {
        if (secret == null) {
            return Optional.empty();
        }
        if (secret.hasExpiredAt(now)) {
            return Optional.of("expired: the link ran out before the e-mail could be sent");
        }
        if (!secret.isReadable()) {
            return Optional.of("the link's token cannot be decrypted (was PORTAL_OUTBOX_KEY changed?)");
        }
        return Optional.empty();
    }

    @Override
    public int dropBodiesOlderThan(Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("the retention of e-mail bodies cannot be negative");
        }
        return deliveries.dropBodies(clock.instant().minus(retention));
    }
}
