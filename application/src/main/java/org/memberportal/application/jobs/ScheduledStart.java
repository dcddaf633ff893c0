package org.memberportal.application.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a job's schedule does at each tick: start the job, unless it is not configured (the history
 * would fill with runs that do nothing), a run holds the job's lock, on this instance or another,
 * or another instance's schedule started the run of this period already. Periods of the schedule
 * are cut alike on every instance (from the epoch), and the first tick of a period to claim it in
 * the database is the one that starts the run, so instances ticking at different moments of one
 * period start one run between them, not one each.
 */
public final class ScheduledStart {

    public enum Tick {
        STARTED, NOT_CONFIGURED, STILL_RUNNING, STARTED_ELSEWHERE
    }

    private final BatchJob job;
    private final Duration every;
    private final JobLeases leases;
    private final JobControl jobs;

    public ScheduledStart(BatchJob job, Duration every, JobLeases leases, JobControl jobs) {
        this.job = Objects.requireNonNull(job);
        this.every = Objects.requireNonNull(every);
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
        if (!leases.claimPeriod(job.name(), every)) {
            return Tick.STARTED_ELSEWHERE;
        }
        jobs.start(job.name(), Map.of());
        return Tick.STARTED;
    }

    /** The first tick's wait: the start of the next period, when every instance's schedule ticks. */
    public Duration firstTickIn() {
        return leases.untilNextPeriod(every);
    }
}
