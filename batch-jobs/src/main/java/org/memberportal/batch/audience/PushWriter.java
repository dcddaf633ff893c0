package org.memberportal.batch.audience;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.PendingPush;
import org.memberportal.application.audience.AudienceSyncSteps;

/** One chunk, one batch call to Mailchimp; each member's outcome is recorded in the chunk's transaction. */
@Named("audienceSyncWriter")
@Dependent
public class PushWriter extends AbstractItemWriter {

    @Inject
    AudienceSyncSteps sync;

    @Override
    public void writeItems(List<Object> items) {
        sync.push(items.stream().map(PendingPush.class::cast).toList());
    }
}
