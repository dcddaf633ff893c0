package org.memberportal.batch.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.jobs.JobLeases;

/**
 * Renews the lease of every run this instance executes, every {@code JobSettings.renewEvery()},
 * from the moment its lock step takes the lock until the run ends, whatever step it is in (a
 * batchlet such as the pull as much as a chunk). A renewal refused (the lease ran out and another
 * run took the lock) stops the run: its fence would refuse its next write anyway. A renewal that
 * fails (the database away) is tried again at the next tick; the lease outlasts two of them.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    /** What a run that lost its lease is told: stop. */
    LongConsumer stopper = LeaseKeeper::stop;

    private final Map<Long, ScheduledFuture<?>> kept = new ConcurrentHashMap<>();

    public void keep(String jobName, String holder, long executionId) {
        long every = leases.settings().renewEvery().toMillis();
        ScheduledFuture<?> renewals = scheduler.scheduleAtFixedRate(() -> renew(jobName, holder, executionId),
                every, every, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> before = kept.put(executionId, renewals);
        if (before != null) {
            before.cancel(false);
        }
    }

    public void letGo(long executionId) {
        ScheduledFuture<?> renewals = kept.remove(executionId);
        if (renewals != null) {
            renewals.cancel(false);
        }
    }

    /** One tick of a run's renewals. */
    void renew(String jobName, String holder, long executionId) {
        try {
            if (!leases.extend(jobName, holder)) {
                LOG.warning(() -> holder + " lost the lock of " + jobName + " to another run: it stops");
                letGo(executionId);
                stopper.accept(executionId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The lease of " + holder + " on " + jobName + " could not be renewed; it lasts "
                    + leases.settings().lockLease() + " from its last renewal", e);
        }
    }

    boolean keeps(long executionId) {
        return kept.containsKey(executionId);
    }

    private static void stop(long executionId) {
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
            LOG.fine(() -> "execution " + executionId + " had ended already");
        }
    }

    @PreDestroy
    void stopAll() {
        kept.values().forEach(renewals -> renewals.cancel(false));
        kept.clear();
    }
}
