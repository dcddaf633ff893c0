package org.memberportal.rest.audience;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.audience.AudienceEvent;
import org.memberportal.application.audience.HandleAudienceEventUseCase;
import org.memberportal.application.notification.AudienceUnavailable;

/**
 * Handles the webhook events that must be confirmed in Mailchimp off the request thread, so that
 * Mailchimp's delivery is answered at once however slow Mailchimp's API is. While Mailchimp cannot
 * be asked, the event is tried again a few times, each wait longer; after the last, the next pull
 * of the audience sync catches up. The gateway retries short failures itself: these waits are for
 * longer ones.
 */
@ApplicationScoped
public class WebhookConfirmations {

    private static final Logger LOG = Logger.getLogger(WebhookConfirmations.class.getName());
    static final int ATTEMPTS = 4;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(10);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    HandleAudienceEventUseCase events;

    public void confirmLater(AudienceEvent event) {
        scheduler.execute(() -> attempt(event, 1));
    }

    private void attempt(AudienceEvent event, int attempt) {
        try {
            events.handle(event);
        } catch (AudienceUnavailable e) {
            if (attempt >= ATTEMPTS) {
                LOG.warning(() -> "A " + event.type() + " webhook could not be confirmed in Mailchimp after "
                        + ATTEMPTS + " attempts; the next pull takes in what Mailchimp holds: " + e.getMessage());
                return;
            }
            long wait = FIRST_WAIT.toMillis() << (attempt - 1);
            LOG.info(() -> "A " + event.type() + " webhook waits " + wait + " ms to be confirmed again in Mailchimp: "
                    + e.getMessage());
            scheduler.schedule(() -> attempt(event, attempt + 1), wait, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A " + event.type() + " webhook could not be handled", e);
        }
    }
}
