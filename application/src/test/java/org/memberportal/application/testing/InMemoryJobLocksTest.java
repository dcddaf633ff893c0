package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.jobs.JobLocks;
import org.memberportal.application.jobs.JobLocksContract;
import org.memberportal.application.testing.InMemoryJobs.InMemoryJobLocks;

class InMemoryJobLocksTest extends JobLocksContract {

    private final InMemoryJobLocks locks = new InMemoryJobLocks();

    @Override
    protected <T> T inTransaction(Function<JobLocks, T> work) {
        return work.apply(locks);
    }
}
