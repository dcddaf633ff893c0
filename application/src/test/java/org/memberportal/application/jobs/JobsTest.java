package org.memberportal.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceGroupsCache;
import org.memberportal.application.audience.AudienceSync;
import org.memberportal.application.audience.RemoteChanges;
import org.memberportal.application.audience.SyncOutcomes;
import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncMarks;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncStates;
import org.memberportal.application.testing.InMemoryAudience.ScriptedAudience;
import org.memberportal.application.testing.InMemoryJobs.InMemoryJobLocks;
import org.memberportal.application.testing.InMemoryJobs.RecordingJobControl;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

/** Job locks as leases, the schedule's decision, and agents' hands on the jobs. */
class JobsTest {

    private static final String JOB = AudienceSyncSteps.JOB;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final InMemoryJobLocks locks = new InMemoryJobLocks();
    private final JobLeases leases = new JobLeases(locks, new JobSettings(Duration.ofMinutes(10), Duration.ofMinutes(3)), clock);
    private final RecordingJobControl control = new RecordingJobControl(JOB);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Caller agent = new Caller.Agent(AgentId.newId());

    @Test
    void aLockIsHeldByOneHolderUntilGivenBackOrItsLeaseRunsOut() {
        assertThat(leases.take(JOB, "execution 1")).isTrue();
        assertThat(leases.take(JOB, "execution 2")).isFalse();
        assertThat(leases.isTaken(JOB)).isTrue();

        clock.advance(Duration.ofMinutes(9));
        assertThat(leases.extend(JOB, "execution 1")).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(leases.take(JOB, "execution 2")).as("renewed, still held").isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(leases.take(JOB, "execution 2")).as("the holder died: the lease ran out").isTrue();
        assertThat(leases.extend(JOB, "execution 1")).isFalse();

        leases.giveBack(JOB, "execution 1");
        assertThat(leases.isTaken(JOB)).as("only the holder gives it back").isTrue();
        leases.giveBack(JOB, "execution 2");
        assertThat(leases.isTaken(JOB)).isFalse();
    }

    @Test
    void aRunWhoseLeaseLapsedIsNamedToItsTakerAndItsFenceRefusesItsWrites() {
        leases.take(JOB, "execution 1");
        Fence first = leases.fenceOf(JOB, "execution 1");
        first.check();
        assertThat(leases.lapsedHolder(JOB, "execution 2")).as("still held").isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(leases.lapsedHolder(JOB, "execution 2")).hasValue("execution 1");
        assertThat(leases.take(JOB, "execution 2")).isTrue();

        assertThat(catchThrowableOfType(LeaseLost.class, first::check)).hasMessageContaining("execution 1");
        leases.fenceOf(JOB, "execution 2").check();
        assertThat(leases.lapsedHolder(JOB, "execution 2")).as("not its own").isEmpty();
    }

    @Test
    void theScheduleStartsTheSyncOnlyWhenConfiguredAndNotRunning() {
        ScriptedAudience mailchimp = new ScriptedAudience(clock);
        ScheduledStart schedule = new ScheduledStart(sync(mailchimp), Duration.ofMinutes(15), leases, control);

        mailchimp.configured = false;
        assertThat(schedule.tick()).isEqualTo(ScheduledStart.Tick.NOT_CONFIGURED);
        mailchimp.configured = true;
        leases.take(JOB, "execution 7 on another instance");
        assertThat(schedule.tick()).isEqualTo(ScheduledStart.Tick.STILL_RUNNING);
        leases.giveBack(JOB, "execution 7 on another instance");
        assertThat(schedule.tick()).isEqualTo(ScheduledStart.Tick.STARTED);

        assertThat(control.started).extracting(RecordingJobControl.Started::jobName).containsExactly(JOB);
    }

    @Test
    void instancesTickingInOnePeriodOfTheScheduleStartOneRunBetweenThem() {
        ScriptedAudience mailchimp = new ScriptedAudience(clock);
        Duration every = Duration.ofMinutes(15);
        // two instances' schedules: the same job, the same lock rows, ticks at different moments
        ScheduledStart one = new ScheduledStart(sync(mailchimp), every, leases, control);
        ScheduledStart other = new ScheduledStart(sync(mailchimp), every, leases, control);
        assertThat(one.firstTickIn()).as("09:00 is a period's start: the next is 15 minutes away").isEqualTo(every);

        clock.advance(Duration.ofMinutes(1));
        assertThat(one.firstTickIn()).isEqualTo(Duration.ofMinutes(14));
        assertThat(one.tick()).isEqualTo(ScheduledStart.Tick.STARTED);
        clock.advance(Duration.ofMinutes(7));
        assertThat(other.tick()).as("09:08, the run of 09:00-09:15 has ended")
                .isEqualTo(ScheduledStart.Tick.STARTED_ELSEWHERE);
        assertThat(one.tick()).isEqualTo(ScheduledStart.Tick.STARTED_ELSEWHERE);

        clock.advance(Duration.ofMinutes(7));
        assertThat(other.tick()).as("09:15, the next period").isEqualTo(ScheduledStart.Tick.STARTED);
        assertThat(one.tick()).isEqualTo(ScheduledStart.Tick.STARTED_ELSEWHERE);
        assertThat(control.started).hasSize(2);
    }

    @Test
    void agentsStartKnownJobsWithPlainParametersAndTheStartIsAudited() {
        JobsAdministration jobs = new JobsAdministration(control, new JobAudit(audit), clock);

        String id = jobs.start(agent, JOB, Map.of("partitions", "1"));

        assertThat(jobs.execution(agent, id).jobName()).isEqualTo(JOB);
        assertThat(audit.actions()).containsExactly("JOB_STARTED");
        assertThat(catchThrowableOfType(Refusal.class, () -> jobs.start(agent, "no-such-job", Map.of())).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(catchThrowableOfType(Refusal.class, () -> jobs.start(agent, JOB, Map.of("x", "'; drop"))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
        assertThat(catchThrowableOfType(Refusal.class, () -> jobs.execution(agent, "99")).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void membersMayNotRunJobs() {
        JobsAdministration jobs = new JobsAdministration(control, new JobAudit(audit), clock);
        Caller member = new Caller.Member(AccountId.newId(), CompanyId.newId(), PermissionLevel.PRIMARY_OWNER);

        assertThat(catchThrowableOfType(Refusal.class, () -> jobs.start(member, JOB, Map.of())).kind())
                .isEqualTo(Refusal.Kind.NOT_PERMITTED);
        assertThat(control.started).isEmpty();
    }

    private AudienceSync sync(ScriptedAudience mailchimp) {
        InMemoryAccounts accounts = new InMemoryAccounts();
        InMemoryCompanies companies = new InMemoryCompanies();
        InMemoryPreferences preferences = new InMemoryPreferences();
        InMemorySyncStates states = new InMemorySyncStates(accounts, companies, preferences);
        RemoteChanges changes = new RemoteChanges(accounts, companies, preferences, new InMemoryConsentHistory(),
                states, clock);
        return new AudienceSync(mailchimp, new AudienceGroupsCache(mailchimp), states, new InMemorySyncMarks(),
                changes, new SyncOutcomes(states), clock);
    }

}
