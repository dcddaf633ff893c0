package org.memberportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.inject.Instance;

import org.junit.jupiter.api.Test;
import org.memberportal.application.jobs.BatchJob;
import org.memberportal.application.jobs.JobLeases;

/**
 * The lock step, its release and the lease renewal that every job shares: each asks for the lock
 * of the job the run belongs to, held by the run's execution.
 */
class JobLockTest {

    private final RecordingLeases leases = new RecordingLeases();
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
    void theReleaseAndTheRenewalActOnTheLockOfThisRunsJob() {
        LockRelease release = new LockRelease();
        release.lease = lease("coverage-audit", 7);
        LeaseRenewal renewal = new LeaseRenewal();
        renewal.lease = lease("audience-sync", 8);

        renewal.afterChunk();
        release.afterJob();

        assertThat(leases.calls).containsExactly("extend audience-sync by " + Holders.of(8),
                "give back coverage-audit by " + Holders.of(7));
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

    /** The lock rows at the edge: records each call; the lock is free unless told otherwise. */
    private static final class RecordingLeases extends JobLeases {
        final List<String> calls = new ArrayList<>();
        boolean free = true;

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
