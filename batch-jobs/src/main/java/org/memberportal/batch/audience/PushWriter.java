package org.memberportal.batch.audience;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.PendingPush;
import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.batch.control.RunLease;

/**
 * One chunk, one batch call to Mailchimp, made with the chunk's transaction suspended (it holds no
 * connection meanwhile); the outcomes are recorded in one transaction of their own behind the
 * run's fence. A chunk replayed after a failure finds those already recorded no longer pending.
 */
@Named("audienceSyncWriter")
@Dependent
public class PushWriter extends AbstractItemWriter {

    @Inject
    AudienceSyncSteps sync;

    @Inject
    RunLease lease;

    @Override
    public void writeItems(List<Object> items) {
        sync.push(items.stream().map(PendingPush.class::cast).toList(), lease.fence());
    }
}
