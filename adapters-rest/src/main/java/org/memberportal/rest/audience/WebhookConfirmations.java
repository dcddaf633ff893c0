package org.memberportal.rest.audience;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.audience.AudienceEvent;
import org.memberportal.application.audience.HandleAudienceEventUseCase;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.refusal.TooManyAttempts;

/**
 * Handles the webhook events that must be confirmed in Mailchimp off the request thread, so that
 * Mailchimp's delivery is answered at once however slow Mailchimp's API is. They are handled one at
 * a time, in the order they came: one member's deliveries are applied in Mailchimp's order, and a
 * burst of deliveries takes one thread of the container's executor, not all of them. While
 * Mailchimp cannot be asked, an event goes back in line after a wait, a few times, each wait
 * longer; after the last, or when the portal stops with events in line, the next pull of the
 * audience sync takes in what Mailchimp holds. The gateway retries short failures itself: these
 * waits are for longer ones. The line is bounded ({@link #LONGEST_LINE}): a delivery that finds it
 * full is refused with 429 and {@code Retry-After}, which Mailchimp retries later, and meanwhile the
 * next pull takes in what Mailchimp holds anyway.
 */
@ApplicationScoped
public class WebhookConfirmations {

    private static final Logger LOG = Logger.getLogger(WebhookConfirmations.class.getName());
    static final int ATTEMPTS = 4;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    static final int LONGEST_LINE = 1000;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    HandleAudienceEventUseCase events;

    private final Queue<Pending> line = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Puts the event in line; refused (429) when the line is full. */
    public void confirmLater(AudienceEvent event) {
        if (waiting.get() >= LONGEST_LINE) {
            throw new TooManyAttempts(FIRST_WAIT, "Too many deliveries wait to be confirmed; deliver this one later.");
        }
        enqueue(new Pending(event, 1));
    }

    private void enqueue(Pending pending) {
        waiting.incrementAndGet();
        line.add(pending);
        if (draining.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.warning(() -> "Webhook events wait for the next pull: the executor is shutting down");
            }
        }
    }

    /** Empties the line; whoever adds to it while this ends either sees it draining or starts again. */
    private void drain() {
        boolean mine = true;
        while (mine) {
            try {
                for (Pending next = line.poll(); next != null; next = line.poll()) {
                    waiting.decrementAndGet();
                    attempt(next);
                }
            } finally {
                draining.set(false);
            }
            mine = !line.isEmpty() && draining.compareAndSet(false, true);
        }
    }

    private void attempt(Pending pending) {
        AudienceEvent event = pending.event();
        try {
            events.handle(event);
        } catch (AudienceUnavailable e) {
            if (pending.attempt() >= ATTEMPTS) {
                LOG.warning(() -> "A " + event.type() + " webhook could not be confirmed in Mailchimp after "
                        + ATTEMPTS + " attempts; the next pull takes in what Mailchimp holds: " + e.getMessage());
                return;
            }
            long wait = FIRST_WAIT.toMillis() << (pending.attempt() - 1);
            LOG.info(() -> "A " + event.type() + " webhook waits " + wait + " ms to be confirmed again in Mailchimp: "
                    + e.getMessage());
            scheduler.schedule(() -> enqueue(new Pending(event, pending.attempt() + 1)), wait, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A " + event.type() + " webhook could not be handled", e);
        }
    }

    private record Pending(AudienceEvent event, int attempt) {
    }
}
