package org.memberportal.rest.notice;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.jobs.Recurrence;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.application.notice.NoticeWatch;

/**
 * Every {@code portal.update-notices.watch} (a minute by default) on every instance: resumes the
 * notices left SENDING (a dead instance's claim ran out), and asks Mailchimp whether the
 * SCHEDULED ones went out. The claims make every instance's watch safe together.
 */
@ApplicationScoped
public class UpdateNoticeSchedule {

    private static final Logger LOG = Logger.getLogger(UpdateNoticeSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    NoticeWatch watch;

    @Inject
    @ConfigProperty(name = "portal.update-notices.watch")
    String every;

    private Recurrence rounds = Recurrence.NONE;

    void start(@Observes DatabaseReady ready) {
        Duration period = Recurrence.every(every);
        if (period == null) {
            LOG.info("The watch of update notices is off (portal.update-notices.watch)");
            return;
        }
        rounds = Recurrence.start(scheduler, period, "A watch of update notices", this::round);
    }

    void round() {
        try {
            watch.round();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A watch of update notices failed; the next one tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }
}
