package org.memberportal.batch.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** However a run of any job ends, it gives its lock back (if it took it: giving back is by holder). */
@Named("jobLockRelease")
@Dependent
public class LockRelease extends AbstractJobListener {

    @Inject
    RunLease lease;

    @Override
    public void afterJob() {
        lease.giveBack();
    }
}
