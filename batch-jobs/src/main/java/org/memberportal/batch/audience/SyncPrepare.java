package org.memberportal.batch.audience;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.audience.ForgetErasedMembersUseCase;

/** Makes the groups ready, and deletes the members of erased persons for good before anything is pulled. */
@Named("audienceSyncPrepare")
@Dependent
public class SyncPrepare extends AbstractBatchlet {

    @Inject
    AudienceSyncSteps sync;

    @Inject
    ForgetErasedMembersUseCase erased;

    @Override
    public String process() {
        sync.prepare();
        return "GROUPS_READY, FORGOTTEN " + erased.forgetErased();
    }
}
