package org.memberportal.batch.audience;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.batch.control.Holders;

/** However a run ends, it gives its lock back (if it took it: giving back is by holder). */
@Named("audienceSyncLockRelease")
@Dependent
public class SyncLockRelease extends AbstractJobListener {

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        leases.giveBack(AudienceSyncSteps.JOB, Holders.of(job.getExecutionId()));
    }
}
