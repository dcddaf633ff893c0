package org.memberportal.rest.session;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.session.PurgeEndedSessionsUseCase;
import org.memberportal.application.jobs.Recurrence;
import org.memberportal.application.lifecycle.DatabaseReady;

/** Purges ended sessions and old login failures once an hour (idempotent, so every instance may). */
@ApplicationScoped
public class SessionHousekeepingSchedule {

    private static final Logger LOG = Logger.getLogger(SessionHousekeepingSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    PurgeEndedSessionsUseCase housekeeping;

    private Recurrence runs = Recurrence.NONE;

    void start(@Observes DatabaseReady ready) {
        runs = Recurrence.start(scheduler, Duration.ofMinutes(1), Duration.ofHours(1), "Session housekeeping",
                this::run);
    }

    void run() {
        int purged = housekeeping.purge();
        LOG.fine(() -> "Purged " + purged + " ended sessions and old login failures");
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }
}
