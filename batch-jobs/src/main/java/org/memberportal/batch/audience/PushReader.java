package org.memberportal.batch.audience;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.audience.Partition;
import org.memberportal.application.audience.PushCursor;
import org.memberportal.application.audience.AudienceSyncSteps;

/**
 * Reads the accounts of its partition (a range of account ids) whose desired Mailchimp state changed, in account id order.
 * The checkpoint is the last account id read: a restart reads on after it, and a chunk replayed
 * after a rollback writes states Mailchimp already has, which changes nothing.
 */
@Named("audienceSyncReader")
@Dependent
public class PushReader extends AbstractItemReader {

    @Inject
    AudienceSyncSteps sync;

    /** The partition's range (blank: from the first account, to the last); see {@link PushPartitions}. */
    @Inject
    @BatchProperty(name = "after")
    String after;

    @Inject
    @BatchProperty(name = "upTo")
    String upTo;

    private PushCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        Partition share = new Partition(blankAsNull(after), blankAsNull(upTo));
        cursor = new PushCursor(sync, share, (String) checkpoint, PushCursor.SCAN);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
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
