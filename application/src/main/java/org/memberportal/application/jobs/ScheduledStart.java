package org.memberportal.application.jobs;

import java.util.Map;
import java.util.Objects;

/**
 * What a job's schedule does at each tick: start the job, unless it is not configured (the history
 * would fill with runs that do nothing) or a run holds the job's lock, on this instance or another.
 * The job takes the lock itself as its first step, so two instances ticking at once start two
 * executions of which one ends at once, ALREADY_RUNNING.
 */
public final class ScheduledStart {

    public enum Tick {
        STARTED, NOT_CONFIGURED, STILL_RUNNING
    }

    private final BatchJob job;
    private final JobLeases leases;
    private final JobControl jobs;

    public ScheduledStart(BatchJob job, JobLeases leases, JobControl jobs) {
        this.job = Objects.requireNonNull(job);
        this.leases = Objects.requireNonNull(leases);
        this.jobs = Objects.requireNonNull(jobs);
    }

    public Tick tick() {
        if (!job.isConfigured()) {
            return Tick.NOT_CONFIGURED;
        }
        if (leases.isTaken(job.name())) {
            return Tick.STILL_RUNNING;
        }
        jobs.start(job.name(), Map.of());
        return Tick.STARTED;
    }
}
