package org.memberportal.batch.audience;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.Partition;
import org.memberportal.application.audience.PushCursor;
import org.memberportal.application.audience.SyncAudienceUseCase;

/**
 * Reads the accounts of its partition whose desired Mailchimp state changed, in account id order.
 * The checkpoint is the last account id read: a restart reads on after it, and a chunk replayed
 * after a rollback writes states Mailchimp already has, which changes nothing.
 */
@Named("audienceSyncReader")
@Dependent
public class PushReader extends AbstractItemReader {

    @Inject
    SyncAudienceUseCase sync;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    private PushCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        Partition share = partitions == null || partitions.isBlank() ? Partition.WHOLE
                : new Partition(Integer.parseInt(partition), Integer.parseInt(partitions));
        cursor = new PushCursor(sync, share, (String) checkpoint, PushCursor.SCAN);
    }

    @Override
    public Object readItem() {
        return cursor.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor.checkpoint();
    }
}
