package org.memberportal.rest.identity;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.identity.PurgeEndedSessionsUseCase;
import org.memberportal.application.lifecycle.DatabaseReady;

/** Purges ended sessions and old login failures once an hour (idempotent, so every instance may). */
@ApplicationScoped
public class SessionHousekeepingSchedule {

    private static final Logger LOG = Logger.getLogger(SessionHousekeepingSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    PurgeEndedSessionsUseCase housekeeping;

    private ScheduledFuture<?> runs;

    void start(@Observes DatabaseReady ready) {
        runs = scheduler.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.MINUTES);
    }

    void run() {
        try {
            int purged = housekeeping.purge();
            LOG.fine(() -> "Purged " + purged + " ended sessions and old login failures");
        } catch (RuntimeException e) {
            // the schedule must go on: a thrown exception would cancel every later run
            LOG.log(Level.WARNING, "Session housekeeping failed; it runs again within the hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
