package org.memberportal.batch.coverage;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.jobs.JobLeases;
import org.memberportal.application.notification.AuditCoverageUseCase;
import org.memberportal.batch.control.Holders;

/** However an audit ends, it gives its lock back (giving back is by holder, so only its own). */
@Named("coverageAuditLockRelease")
@Dependent
public class CoverageAuditLockRelease extends AbstractJobListener {

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        leases.giveBack(AuditCoverageUseCase.JOB, Holders.of(job.getExecutionId()));
    }
}
