package org.memberportal.batch.control;

import java.time.Duration;
import java.util.Locale;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.audience.ScheduledSync;
import org.memberportal.application.lifecycle.DatabaseReady;

/**
 * Runs the audience sync every {@code portal.audience-sync.schedule} (an ISO-8601 duration,
 * default PT15M; {@code off} turns the schedule off), first one interval after start-up. Each tick
 * starts a run only when none holds the job's lock row, on any instance sharing the database
 * (see {@link ScheduledSync}).
 */
@ApplicationScoped
public class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ScheduledSync sync;

    @Inject
    @ConfigProperty(name = "portal.audience-sync.schedule", defaultValue = "PT15M")
    String schedule;

    private ScheduledFuture<?> ticks;

    void start(@Observes DatabaseReady ready) {
        Duration every = every(schedule);
        if (every == null) {
            LOG.info("The audience sync's schedule is off (portal.audience-sync.schedule)");
            return;
        }
        long millis = every.toMillis();
        ticks = scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The interval, or null for "off"; at least a second. */
    static Duration every(String schedule) {
        String value = schedule == null ? "" : schedule.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("OFF")) {
            return null;
        }
        Duration every = Duration.parse(value);
        return every.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : every;
    }

    void tick() {
        try {
            ScheduledSync.Tick tick = sync.tick();
            LOG.fine(() -> "Audience sync schedule: " + tick);
        } catch (RuntimeException e) {
            // a thrown exception would cancel every later tick
            LOG.log(Level.WARNING, "The scheduled audience sync could not start; the next tick tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
