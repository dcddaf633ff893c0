package org.memberportal.batch.audience;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.audience.AudienceSyncSteps.PullReport;
import org.memberportal.batch.control.RunLease;

/** Takes in what changed in Mailchimp; its exit status tells how much. */
@Named("audienceSyncPull")
@Dependent
public class SyncPull extends AbstractBatchlet {

    @Inject
    AudienceSyncSteps sync;

    @Inject
    RunLease lease;

    @Override
    public String process() {
        PullReport report = sync.pull(lease.fence());
        return "READ " + report.read() + ", APPLIED " + report.applied() + ", FAILED " + report.failed();
    }
}
