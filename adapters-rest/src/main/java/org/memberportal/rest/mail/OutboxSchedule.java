package org.memberportal.rest.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.jobs.Recurrence;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.application.mail.RelayOutboxUseCase;
import org.memberportal.application.mail.RelayPolicy;
import org.memberportal.application.mail.RelayOutboxUseCase.RelayRound;

/**
 * Runs the outbox relay every {@code portal.outbox.poll-interval} once the schema is migrated, as a
 * {@link Recurrence}: a round (which sends on for as long as e-mails are due, over
 * {@code portal.outbox.connections} connections on threads of its own) starts only after the
 * previous one ended, and a failing round is
 * logged and the next one runs as usual. Each e-mail's steps commit on their own. Every instance
 * relays: claiming in the database keeps them from sending one e-mail twice. About once an hour a
 * round also empties the bodies of e-mails sent or failed longer than
 * {@code portal.outbox.body-retention} ago.
 */
@ApplicationScoped
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());
    private static final Duration SHORTEST = Duration.ofMillis(100);
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    RelayPolicy policy;

    @Inject
    RelayOutboxUseCase relay;

    @Inject
    SmtpMailSender mailSender;

    @Inject
    @ConfigProperty(name = "portal.outbox.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "portal.outbox.body-retention")
    Duration bodyRetention;

    private Recurrence rounds = Recurrence.NONE;
    /** The relay's own threads, one per SMTP connection: the shared executors are kept for requests. */
    private ExecutorService senders;
    private Instant nextSweep = Instant.MIN;

    void start(@Observes DatabaseReady ready) {
        if (!mailSender.isConfigured()) {
            LOG.warning("SMTP is not configured (PORTAL_SMTP_HOST): e-mails wait in the outbox,"
                    + " where agents can read them (GET /api/v1/admin/outbox)");
        }
        if (mailSender.refusal().isPresent()) {
            LOG.severe(() -> "The outbox relay does not start: " + mailSender.refusal().get()
                    + ". E-mails wait in the outbox, their links hidden.");
            return;
        }
        senders = Executors.newFixedThreadPool(policy.connections(), threads);
        Duration every = pollInterval.compareTo(SHORTEST) < 0 ? SHORTEST : pollInterval;
        rounds = Recurrence.start(scheduler, every, "An outbox relay round", this::round);
    }

    void round() {
        RelayRound round = relay.relayDue(senders);
        if (round.didAnything()) {
            LOG.info(() -> "Outbox relay: " + round.sent() + " sent, " + round.retrying() + " to retry, "
                    + round.failed() + " failed for good");
        }
        sweepOldBodies();
    }

    /** At most hourly: the sweep scans every finished row older than the retention. */
    private void sweepOldBodies() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        int dropped = relay.dropBodiesOlderThan(bodyRetention);
        if (dropped > 0) {
            LOG.info(() -> "Outbox: bodies of " + dropped + " e-mails older than " + bodyRetention + " dropped");
        }
    }

    @PreDestroy
    void stop() {
        rounds.stop();
        if (senders != null) {
            senders.shutdownNow();
        }
    }
}
