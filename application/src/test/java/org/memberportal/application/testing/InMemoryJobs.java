package org.memberportal.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.jobs.JobControl;
import org.memberportal.application.jobs.JobLock;
import org.memberportal.application.jobs.JobLocks;
import org.memberportal.application.jobs.JobRun;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/** Job locks in a map, and a batch runtime that only records what it was asked. */
public final class InMemoryJobs {

    private InMemoryJobs() {
    }

    /** Each method one conditional write, as the port says: of instances racing, exactly one wins. */
    public static final class InMemoryJobLocks implements JobLocks {
        private final Map<String, JobLock> locks = new HashMap<>();
        private final Map<String, Instant> periods = new HashMap<>();

        @Override
        public synchronized boolean acquire(String jobName, String holder, Instant now, Instant until) {
            JobLock lock = locks.get(jobName);
            if (lock != null && lock.isHeldAt(now) && !holder.equals(lock.holder())) {
                return false;
            }
            locks.put(jobName, new JobLock(jobName, holder, until));
            return true;
        }

        @Override
        public synchronized boolean renew(String jobName, String holder, Instant now, Instant until) {
            JobLock lock = locks.get(jobName);
            if (lock == null || !holder.equals(lock.holder())) {
                return false;
            }
            locks.put(jobName, new JobLock(jobName, holder, until));
            return true;
        }

        @Override
        public synchronized void release(String jobName, String holder) {
            JobLock lock = locks.get(jobName);
            if (lock != null && holder.equals(lock.holder())) {
                locks.put(jobName, new JobLock(jobName, null, null));
            }
        }

        @Override
        public synchronized boolean holds(String jobName, String holder, Instant now) {
            JobLock lock = locks.get(jobName);
            return lock != null && holder.equals(lock.holder()) && lock.isHeldAt(now);
        }

        @Override
        public synchronized Optional<JobLock> find(String jobName) {
            return Optional.ofNullable(locks.get(jobName));
        }

        @Override
        public synchronized boolean claimPeriod(String jobName, Instant periodStart) {
            Instant claimed = periods.get(jobName);
            if (claimed != null && !claimed.isBefore(periodStart)) {
                return false;
            }
            periods.put(jobName, periodStart);
            return true;
        }
    }

    public static final class RecordingJobControl implements JobControl {
        public record Started(String jobName, Map<String, String> parameters) {
        }

        public final List<Started> started = new ArrayList<>();
        private final List<String> known;

        public RecordingJobControl(String... known) {
            this.known = List.of(known);
        }

        @Override
        public boolean knows(String jobName) {
            return known.contains(jobName);
        }

        @Override
        public String start(String jobName, Map<String, String> parameters) {
            started.add(new Started(jobName, parameters));
            return Integer.toString(started.size());
        }

        @Override
        public String restart(String executionId) {
            throw Refusal.conflict(ProblemCode.NOT_RESTARTABLE, "only a failed or stopped execution restarts");
        }

        @Override
        public void stop(String executionId) {
        }

        @Override
        public Optional<JobRun> find(String executionId) {
            int index = Integer.parseInt(executionId) - 1;
            if (index < 0 || index >= started.size()) {
                return Optional.empty();
            }
            return Optional.of(new JobRun(executionId, started.get(index).jobName(), "STARTED", null, null, null, 0, 0,
                    0, List.of()));
        }

        @Override
        public Page<JobRun> recent(String jobName, PageRequest page) {
            return new Page<>(List.of(), null);
        }
    }
}
