package org.memberportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.inject.Instance;

import org.junit.jupiter.api.Test;
import org.memberportal.application.jobs.BatchJob;
import org.memberportal.application.jobs.JobLeases;

/**
 * The lock step and its release that every job shares: each asks for the lock of the job the run
 * belongs to, held by the run's execution; taking it starts its renewals and abandons the run
 * whose lease lapsed.
 */
class JobLockTest {

    private final RecordingLeases leases = new RecordingLeases();
    private final RecordingKeeper keeper = new RecordingKeeper();
    private final RecordingCrashedRuns crashed = new RecordingCrashedRuns();
    private final Job sync = new Job("audience-sync");
    private final Job audit = new Job("coverage-audit");

    @Test
    void aConfiguredJobWhoseLockIsFreeTakesItForThisExecution() {
        assertThat(lockStep("audience-sync", 42).process()).isEqualTo("LOCKED");

        assertThat(leases.calls).containsExactly("take audience-sync by " + Holders.of(42));
    }

    @Test
    void aJobThatIsNotConfiguredEndsAtOnceWithoutTakingTheLock() {
        sync.configured = false;

        assertThat(lockStep("audience-sync", 42).process()).isEqualTo(LockStep.NOT_CONFIGURED);
        assertThat(lockStep("coverage-audit", 43).process()).isEqualTo(LockStep.LOCKED);

        assertThat(leases.calls).containsExactly("take coverage-audit by " + Holders.of(43));
    }

    @Test
    void aLockAnotherRunHoldsEndsTheRunAtOnce() {
        leases.free = false;

        assertThat(lockStep("coverage-audit", 7).process()).isEqualTo(LockStep.ALREADY_RUNNING);
    }

    @Test
    void aJobWithoutItsBeanFailsRatherThanRunUnlocked() {
        assertThatThrownBy(() -> lockStep("no-such-job", 1).process()).isInstanceOf(IllegalStateException.class);
        assertThat(leases.calls).isEmpty();
    }

    @Test
    void theReleaseStopsTheRenewalsAndGivesBackTheLockOfThisRunsJob() {
        assertThat(lockStep("coverage-audit", 7).process()).isEqualTo(LockStep.LOCKED);
        assertThat(keeper.kept).containsExactly("coverage-audit by " + Holders.of(7));
        LockRelease release = new LockRelease();
        release.lease = lease("coverage-audit", 7);

        release.afterJob();

        assertThat(keeper.kept).isEmpty();
        assertThat(leases.calls).endsWith("give back coverage-audit by " + Holders.of(7));
    }

    @Test
    void takingOverALapsedLeaseAbandonsTheRunThatHeldIt() {
        leases.lapsed = "execution 5 on dead-host/1";

        assertThat(lockStep("audience-sync", 6).process()).isEqualTo(LockStep.LOCKED);

        assertThat(crashed.abandoned).containsExactly(5L);
    }

    @Test
    void aRunThatDoesNotGetTheLockAbandonsNothingAndRenewsNothing() {
        leases.free = false;
        leases.lapsed = Holders.of(5);

        assertThat(lockStep("audience-sync", 6).process()).isEqualTo(LockStep.ALREADY_RUNNING);

        assertThat(crashed.abandoned).isEmpty();
        assertThat(keeper.kept).isEmpty();
    }

    @Test
    void everyJobOpensWithTheSharedLockStepAndGivesItsLockBack() throws IOException {
        for (String job : List.of("audience-sync", "coverage-audit")) {
            String xml = jobXml(job);
            assertThat(xml).as(job).contains("<listener ref=\"jobLockRelease\"/>")
                    .contains("<step id=\"lock\" allow-start-if-complete=\"true\">\n    <batchlet ref=\"jobLock\"/>\n"
                            + "    <end on=\"NOT_CONFIGURED\" exit-status=\"NOT_CONFIGURED\"/>\n"
                            + "    <end on=\"ALREADY_RUNNING\" exit-status=\"ALREADY_RUNNING\"/>\n");
        }
    }

    @Test
    void aJobsScheduleIsSetByItsName() {
        assertThat(JobSchedules.settingOf(sync)).isEqualTo("portal.audience-sync.schedule");
        assertThat(JobSchedules.settingOf(audit)).isEqualTo("portal.coverage-audit.schedule");
    }

    @Test
    void holdersNameTheExecutionAndTheInstance() {
        assertThat(Holders.of(42)).startsWith("execution 42 on ").isNotEqualTo(Holders.of(43));
        assertThat(Holders.executionOf(Holders.of(42))).hasValue(42L);
        assertThat(Holders.executionOf("someone else")).isEmpty();
    }

    private LockStep lockStep(String jobName, long executionId) {
        LockStep step = new LockStep();
        step.job = context(jobName, executionId);
        step.lease = lease(jobName, executionId);
        step.jobs = jobs(List.of(sync, audit));
        return step;
    }

    private RunLease lease(String jobName, long executionId) {
        RunLease lease = new RunLease();
        lease.leases = leases;
        lease.keeper = keeper;
        lease.crashed = crashed;
        lease.job = context(jobName, executionId);
        return lease;
    }

    private static String jobXml(String job) throws IOException {
        try (InputStream in = JobLockTest.class.getResourceAsStream("/META-INF/batch-jobs/" + job + ".xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JobContext context(String jobName, long executionId) {
        return (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getJobName" -> jobName;
                    case "getExecutionId" -> executionId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static Instance<BatchJob> jobs(List<BatchJob> beans) {
        return (Instance<BatchJob>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> beans.iterator();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class Job implements BatchJob {
        private final String name;
        boolean configured = true;

        Job(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isConfigured() {
            return configured;
        }
    }

    /** The renewal timer at the edge: which runs it keeps. */
    private static final class RecordingKeeper extends LeaseKeeper {
        final List<String> kept = new ArrayList<>();

        @Override
        public void keep(String jobName, String holder, long executionId) {
            kept.add(jobName + " by " + holder);
        }

        @Override
        public void letGo(long executionId) {
            kept.removeIf(run -> run.endsWith(Holders.of(executionId)));
        }
    }

    private static final class RecordingCrashedRuns extends CrashedRuns {
        final List<Long> abandoned = new ArrayList<>();

        @Override
        public void abandon(long executionId) {
            abandoned.add(executionId);
        }
    }

    /** The lock rows at the edge: records each call; the lock is free unless told otherwise. */
    private static final class RecordingLeases extends JobLeases {
        final List<String> calls = new ArrayList<>();
        boolean free = true;
        String lapsed;

        @Override
        public Optional<String> lapsedHolder(String jobName, String taker) {
            return Optional.ofNullable(lapsed);
        }

        @Override
        public boolean take(String jobName, String holder) {
            calls.add("take " + jobName + " by " + holder);
            return free;
        }

        @Override
        public boolean extend(String jobName, String holder) {
            calls.add("extend " + jobName + " by " + holder);
            return true;
        }

        @Override
        public void giveBack(String jobName, String holder) {
            calls.add("give back " + jobName + " by " + holder);
        }
    }
}
