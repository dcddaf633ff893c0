package org.memberportal.batch.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.memberportal.application.jobs.BatchJob;
import org.memberportal.application.jobs.JobControl;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.application.jobs.Recurrence;
import org.memberportal.application.jobs.ScheduledStart;
import org.memberportal.application.lifecycle.DatabaseReady;

/**
 * Runs every job every {@code portal.<job>.schedule} (an ISO-8601 duration; {@code off} turns the
 * schedule off), ticking at the start of each period of the schedule (periods counted from the
 * epoch, alike on every instance). Each tick starts a run only when the job is configured, none
 * holds its lock row and no other instance started the period's run (see {@link ScheduledStart}).
 */
@ApplicationScoped
public class JobSchedules {

    private static final Logger LOG = Logger.getLogger(JobSchedules.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<BatchJob> jobs;

    @Inject
    JobLeases leases;

    @Inject
    JobControl control;

    @Inject
    Config config;

    private final List<Recurrence> schedules = new ArrayList<>();

    void start(@Observes DatabaseReady ready) {
        for (BatchJob job : jobs) {
            String setting = settingOf(job);
            Duration every = Recurrence.every(config.getOptionalValue(setting, String.class).orElse(null));
            if (every == null) {
                LOG.info(() -> "The schedule of " + job.name() + " is off (" + setting + ")");
                continue;
            }
            ScheduledStart start = new ScheduledStart(job, every, leases, control);
            String what = "The scheduled start of " + job.name();
            schedules.add(Recurrence.start(scheduler, start.firstTickIn(), every, what, () -> {
                ScheduledStart.Tick tick = start.tick();
                LOG.fine(() -> "Schedule of " + job.name() + ": " + tick);
            }));
        }
    }

    /** The configuration key of a job's schedule, such as {@code portal.audience-sync.schedule}. */
    static String settingOf(BatchJob job) {
        return "portal." + job.name() + ".schedule";
    }

    @PreDestroy
    void stop() {
        schedules.forEach(Recurrence::stop);
    }
}
