package org.memberportal.application.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends queued e-mails and marks them. Each e-mail is first claimed (committed), then sent, then
 * marked (committed): a crash between sending and marking leaves it claimed, and once the claim
 * expires it is sent again. So an e-mail may arrive twice but is never lost.
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
    public RelayRound relayDue() {
        if (!sender.isConfigured()) {
            return RelayRound.SMTP_NOT_CONFIGURED;
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        while (sent + retrying + failed < policy.batchSize()) {
            Instant now = clock.instant();
            Optional<OutboxEntry> claimed = deliveries.claimNextDue(now, now.plus(policy.claimFor()));
            if (claimed.isEmpty()) {
                break;
            }
            OutboxEntry entry = claimed.get();
            Optional<String> unusable = unusableSecret(entry.email().secret(), clock.instant());
            if (unusable.isPresent()) {
                deliveries.recordFailed(entry.id(), unusable.get());
                LOG.warning(() -> "E-mail " + entry.id() + " (" + entry.email().kind() + ") not sent: "
                        + unusable.get());
                failed++;
                continue;
            }
            try {
                sender.send(entry.email().revealed());
                deliveries.recordSent(entry.id(), clock.instant());
                sent++;
            } catch (DeliveryFailure failure) {
                String error = OutboxEntry.errorText(failure.getMessage());
                if (failure.isPermanent()) {
                    deliveries.recordFailed(entry.id(), error);
                    LOG.warning(() -> "E-mail " + entry.id() + " (" + entry.email().kind() + ") refused for good: "
                            + error);
                    failed++;
                } else {
                    Instant next = clock.instant().plus(policy.retryDelayAfter(entry.attempts()));
                    deliveries.recordRetry(entry.id(), error, next);
                    LOG.info(() -> "E-mail " + entry.id() + " not sent (attempt " + entry.attempts() + "), next at "
                            + next + ": " + error);
                    retrying++;
                    break; // the server is most likely down for the others too: they wait for the next round
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
