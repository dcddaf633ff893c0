package org.memberportal.batch.audience;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;

@Named("audienceSyncPrepare")
@Dependent
public class SyncPrepare extends AbstractBatchlet {

    @Inject
    AudienceSyncSteps sync;

    @Override
    public String process() {
        sync.prepare();
        return "GROUPS_READY";
    }
}
