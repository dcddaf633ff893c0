package org.memberportal.batch.audience;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.jobs.JobLeases;
import org.memberportal.batch.control.Holders;

/** The first step: nothing to do without Mailchimp, nothing to do while another run holds the lock. */
@Named("audienceSyncLock")
@Dependent
public class SyncLock extends AbstractBatchlet {

    static final String NOT_CONFIGURED = "NOT_CONFIGURED";
    static final String ALREADY_RUNNING = "ALREADY_RUNNING";

    @Inject
    AudienceSyncSteps sync;

    @Inject
    JobLeases leases;

    @Inject
    JobContext job;

    @Override
    public String process() {
        if (!sync.isConfigured()) {
            return NOT_CONFIGURED;
        }
        if (!leases.take(AudienceSyncSteps.JOB, Holders.of(job.getExecutionId()))) {
            return ALREADY_RUNNING;
        }
        return "LOCKED";
    }
}
