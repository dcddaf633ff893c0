package org.memberportal.application.audience;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The push's reader, free of any batch API: walks the accounts of one partition in id order from
 * a checkpoint (else from the partition's start) and hands out those whose desired state changed.
 * Its checkpoint is the last account handed out; a run restarted from it reads on after that
 * account. Reading has no side effect.
 */
public final class PushCursor {

    /** Accounts looked at per query; most of them are usually unchanged and skipped. */
    public static final int SCAN = 1000;

    private final AudienceSyncSteps sync;
    private final Partition partition;
    private final int scan;
    private final Deque<PendingPush> buffer = new ArrayDeque<>();
    private String scannedUpTo;
    private String lastHandedOut;
    private boolean exhausted;

    public PushCursor(AudienceSyncSteps sync, Partition partition, String checkpoint, int scan) {
        this.sync = Objects.requireNonNull(sync);
        this.partition = Objects.requireNonNull(partition);
        this.scan = scan;
        this.scannedUpTo = checkpoint != null ? checkpoint : partition.after();
        this.lastHandedOut = checkpoint;
    }

    /** The next account to push, or null when there is none left. */
    public PendingPush next() {
        while (buffer.isEmpty() && !exhausted) {
            AudienceSyncSteps.Candidates candidates = sync.candidates(scannedUpTo, scan, partition);
            buffer.addAll(candidates.pending());
            if (candidates.scannedUpTo() != null) {
                scannedUpTo = candidates.scannedUpTo();
            }
            exhausted = candidates.exhausted();
        }
        PendingPush next = buffer.poll();
        if (next != null) {
            lastHandedOut = next.accountId();
        }
        return next;
    }

    /** The last account handed out (or the checkpoint this cursor started from). */
    public String checkpoint() {
        return lastHandedOut;
    }
}
