package org.memberportal.batch.coverage;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.jobs.JobLeases;
import org.memberportal.application.notification.AuditCoverageUseCase;
import org.memberportal.batch.control.Holders;

/**
 * The first step: one audit at a time across every instance sharing the database, or two could
 * raise one warning twice and e-mail it twice.
 */
@Named("coverageAuditLock")
@Dependent
public class CoverageAuditLock extends AbstractBatchlet {

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public String process() {
        return leases.take(AuditCoverageUseCase.JOB, Holders.of(job.getExecutionId())) ? "LOCKED" : "ALREADY_RUNNING";
    }
}
