package org.memberportal.application.audience;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.jobs.JobControl;
import org.memberportal.application.jobs.JobLeases;

/**
 * What the schedule does at each tick: start the sync, unless Mailchimp is not configured (the
 * history would fill with runs that do nothing) or a run holds the job's lock, on this instance or
 * another. The job takes the lock itself as its first step, so two instances ticking at once start
 * two executions of which one ends at once, ALREADY_RUNNING.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ScheduledSync {

    public enum Tick {
        STARTED, NOT_CONFIGURED, STILL_RUNNING
    }

    private final AudienceSyncSteps sync;
    private final JobLeases leases;
    private final JobControl jobs;

    protected ScheduledSync() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public ScheduledSync(AudienceSyncSteps sync, JobLeases leases, JobControl jobs) {
        this.sync = sync;
        this.leases = leases;
        this.jobs = jobs;
    }

    public Tick tick() {
        if (!sync.isConfigured()) {
            return Tick.NOT_CONFIGURED;
        }
        if (leases.isTaken(AudienceSyncSteps.JOB)) {
            return Tick.STILL_RUNNING;
        }
        jobs.start(AudienceSyncSteps.JOB, Map.of());
        return Tick.STARTED;
    }
}
