package org.memberportal.batch.audience;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.SyncAudienceUseCase;
import org.memberportal.application.audience.SyncAudienceUseCase.PullReport;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.batch.control.Holders;

/** Takes in what changed in Mailchimp; its exit status tells how much. */
@Named("audienceSyncPull")
@Dependent
public class SyncPull extends AbstractBatchlet {

    @Inject
    SyncAudienceUseCase sync;

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public String process() {
        PullReport report = sync.pull();
        leases.extend(SyncAudienceUseCase.JOB, Holders.of(job.getExecutionId()));
        return "READ " + report.read() + ", APPLIED " + report.applied() + ", FAILED " + report.failed();
    }
}
