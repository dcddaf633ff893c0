package org.memberportal.application.audience;

import java.util.List;

import org.memberportal.application.jobs.BatchJob;
import org.memberportal.application.jobs.Fence;

/** The audience sync, step by step, as the batch job drives it. */
public interface AudienceSyncSteps extends BatchJob {

    /** The job's name in the batch runtime and in the job locks. */
    String JOB = "audience-sync";

    /** The accounts one push writes, the push step's chunk: one batch call, as many as Mailchimp takes in one. */
    int CHUNK = MemberBatch.MAX_SIZE;

    @Override
    default String name() {
        return JOB;
    }

    /** False without an API key: the job ends at once, NOT_CONFIGURED. */
    @Override
    boolean isConfigured();

    /** Finds or creates the interest category and the two interests (groups). */
    void prepare();

    /**
     * Reads the members Mailchimp changed since the last pull and takes the changes in, each in a
     * transaction that the run's fence checks.
     */
    PullReport pull(Fence fence);

    /**
     * At most {@code most} partitions of the accounts whose desired state changed, each but the
     * last holding a multiple of {@code chunk} of them, so that no partition but the last ends on
     * a partial chunk. The last one is open-ended: accounts added meanwhile are not left out.
     */
    List<Partition> partitions(int most, int chunk);

    /** The next accounts after {@code afterAccountId} in this partition whose desired state changed. */
    Candidates candidates(String afterAccountId, int scan, Partition partition);

    /**
     * Writes up to {@value #CHUNK} members in one call, outside any transaction (no connection is
     * held while Mailchimp answers), then records the outcomes in one transaction that the run's
     * fence checks.
     */
    PushReport push(List<PendingPush> chunk, Fence fence);

    record PullReport(int read, int applied, int failed) {
    }

    /**
     * The pending pushes among the accounts scanned, the last account id scanned (null when none
     * was), and whether the scan reached the last account.
     */
    record Candidates(List<PendingPush> pending, String scannedUpTo, boolean exhausted) {
        public Candidates {
            pending = List.copyOf(pending);
        }
    }

    record PushReport(int written, int rejected, int unconfirmed) {
    }
}
