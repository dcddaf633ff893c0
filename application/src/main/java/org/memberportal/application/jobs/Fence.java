package org.memberportal.application.jobs;

/**
 * A run's right to write, checked inside the transaction of each of its writes: a run whose lease
 * was taken over by another must not write any more, however late it wakes up (a long pause, a
 * partitioned network). {@link JobLeases#fenceOf} makes the real one.
 */
@FunctionalInterface
public interface Fence {

    /** For a write no job's lease guards: a webhook's, an agent's request. */
    Fence NONE = () -> {
    };

    /**
     * Passes while the run still holds its job's lease, and keeps the lease from being taken over
     * until the caller's transaction ends; otherwise throws {@link LeaseLost}, which rolls the
     * write back.
     */
    void check();
}
