package org.memberportal.batch.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.jobs.BatchJob;

/**
 * Every job's first step: nothing to do when the job is not configured, nothing to do while
 * another run, on any instance sharing the database, holds the job's lock. Its exit status is the
 * job's when it ends it (see the job XML).
 */
@Named("jobLock")
@Dependent
public class LockStep extends AbstractBatchlet {

    public static final String NOT_CONFIGURED = "NOT_CONFIGURED";
    public static final String ALREADY_RUNNING = "ALREADY_RUNNING";
    public static final String LOCKED = "LOCKED";

    @Inject
    Instance<BatchJob> jobs;

    @Inject
    JobContext job;

    @Inject
    RunLease lease;

    @Override
    public String process() {
        if (!named(jobs, job.getJobName()).isConfigured()) {
            return NOT_CONFIGURED;
        }
        return lease.take() ? LOCKED : ALREADY_RUNNING;
    }

    /** The job of this name; every job XML has its {@link BatchJob} bean. */
    static BatchJob named(Iterable<BatchJob> jobs, String name) {
        for (BatchJob candidate : jobs) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No BatchJob bean is named " + name);
    }
}
