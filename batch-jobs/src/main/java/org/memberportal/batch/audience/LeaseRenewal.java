package org.memberportal.batch.audience;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.batch.control.Holders;

/** Each chunk done extends the run's lease: a run that works keeps its lock, a dead one loses it. */
@Named("audienceSyncLeaseRenewal")
@Dependent
public class LeaseRenewal extends AbstractChunkListener {

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public void afterChunk() {
        leases.extend(AudienceSyncSteps.JOB, Holders.of(job.getExecutionId()));
    }
}
