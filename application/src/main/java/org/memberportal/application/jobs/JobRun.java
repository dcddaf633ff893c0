package org.memberportal.application.jobs;

import java.time.Instant;
import java.util.List;

/**
 * One execution of a batch job as agents see it: its status and exit status, its times, the
 * counts summed over its steps, and each step.
 */
public record JobRun(String id, String jobName, String status, String exitStatus, Instant startedAt,
        Instant endedAt, long readCount, long writeCount, long skipCount, List<StepRun> steps) {

    public JobRun {
        steps = List.copyOf(steps);
    }

    public record StepRun(String name, String status, String exitStatus, Instant startedAt, Instant endedAt,
            long readCount, long writeCount, long skipCount, long commitCount, long rollbackCount) {
    }
}
