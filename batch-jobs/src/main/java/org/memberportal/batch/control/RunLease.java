package org.memberportal.batch.control;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.memberportal.application.jobs.JobLeases;

/**
 * This run's hold on its job's lock: taken by the job's first step, extended while the run works,
 * given back when it ends. Any step of any job may extend it; in a partition too, where the job
 * context still names the job and the execution the partition belongs to.
 */
@Dependent
public class RunLease {

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    public boolean take() {
        return leases.take(job.getJobName(), holder());
    }

    /** False when the run no longer holds the lock (its lease ran out and another run took it). */
    public boolean extend() {
        return leases.extend(job.getJobName(), holder());
    }

    /** Gives the lock back if this run holds it: giving back is by holder. */
    public void giveBack() {
        leases.giveBack(job.getJobName(), holder());
    }

    private String holder() {
        return Holders.of(job.getExecutionId());
    }
}
