package org.memberportal.batch.control;

import java.time.Duration;
import java.util.Map;
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
import org.memberportal.application.jobs.JobControl;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.application.notification.AuditCoverageUseCase;

/**
 * Runs the coverage audit every {@code portal.coverage-audit.schedule} (an ISO-8601 duration,
 * default P1D; {@code off} turns it off), first one interval after start-up, unless an audit still
 * holds the job's lock on some instance.
 */
@ApplicationScoped
public class CoverageAuditSchedule {

    private static final Logger LOG = Logger.getLogger(CoverageAuditSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    JobControl jobs;

    @Inject
    @ConfigProperty(name = "portal.coverage-audit.schedule", defaultValue = "P1D")
    String schedule;

    private ScheduledFuture<?> ticks;

    void start(@Observes DatabaseReady ready) {
        Duration every = SyncSchedule.every(schedule);
        if (every != null) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void tick() {
        try {
            if (!leases.isTaken(AuditCoverageUseCase.JOB)) {
                jobs.start(AuditCoverageUseCase.JOB, Map.of());
            }
        } catch (RuntimeException e) {
            // a thrown exception would cancel every later tick
            LOG.log(Level.WARNING, "The scheduled coverage audit could not start; the next tick tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
