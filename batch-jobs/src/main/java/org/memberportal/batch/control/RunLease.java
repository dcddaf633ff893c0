package org.memberportal.batch.control;

import java.util.Optional;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.memberportal.application.jobs.Fence;
import org.memberportal.application.jobs.JobLeases;

/**
 * This run's hold on its job's lock: taken by the job's first step, renewed on a timer while any
 * of its steps runs ({@link LeaseKeeper}), given back when it ends. Its {@link #fence()} guards
 * each of the run's writes. Any step of any job may ask for it; in a partition too, where the job
 * context still names the job and the execution the partition belongs to.
 */
@Dependent
public class RunLease {

    @Inject
    JobLeases leases;

    @Inject
    LeaseKeeper keeper;

    @Inject
    CrashedRuns crashed;

    @Inject
    JobContext job;

    /**
     * Takes the lock and keeps it renewed. A run that takes the lock over from a run whose lease
     * ran out marks that one ABANDONED: it was left STARTED by an instance that died (or stalled
     * past its lease, and whose writes its fence now refuses).
     */
    public boolean take() {
        Optional<String> lapsed = leases.lapsedHolder(job.getJobName(), holder());
        if (!leases.take(job.getJobName(), holder())) {
            return false;
        }
        keeper.keep(job.getJobName(), holder(), job.getExecutionId());
        lapsed.flatMap(Holders::executionOf).ifPresent(crashed::abandon);
        return true;
    }

    /** Checked inside the transaction of each of this run's writes. */
    public Fence fence() {
        return leases.fenceOf(job.getJobName(), holder());
    }

    /** Stops renewing and gives the lock back if this run holds it: giving back is by holder. */
    public void giveBack() {
        keeper.letGo(job.getExecutionId());
        leases.giveBack(job.getJobName(), holder());
    }

    private String holder() {
        return Holders.of(job.getExecutionId());
    }
}
