package org.memberportal.application.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.BASIC;
import static org.memberportal.domain.access.PermissionLevel.MANAGER_SUPERVISOR;
import static org.memberportal.domain.access.PermissionLevel.PRIMARY_OWNER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.session.CallerProfiles;
import org.memberportal.application.session.LogInUseCase.LogInCommand;
import org.memberportal.application.session.LoginThrottle;
import org.memberportal.application.session.Passwords;
import org.memberportal.application.session.SessionPolicy;
import org.memberportal.application.session.InTransaction;
import org.memberportal.application.session.SignIn;
import org.memberportal.application.session.SignInAttempts;
import org.memberportal.application.session.SignInAudit;
import org.memberportal.application.session.ThrottlePolicy;
import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.testing.InMemoryTrustedDevices;
import org.memberportal.application.testing.Listeners;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryPorts.InMemorySessions;
import org.memberportal.application.testing.InMemoryPorts.ReversibleHasher;
import org.memberportal.application.testing.InMemorySecondFactors.StepCodes;
import org.memberportal.application.testing.InMemorySecondFactors;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.ReadableCodes;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.SecondFactor;

class SecondFactorDeskTest {

    private static final String PASSWORD = "correct horse battery";

    private final ServicesWorld world = new ServicesWorld();
    private final InMemorySecondFactors factors = new InMemorySecondFactors();
    private final InMemoryTrustedDevices devices = new InMemoryTrustedDevices();
    private final InMemoryAttemptCounters attempts = new InMemoryAttemptCounters();
    private final ReversibleHasher hasher = new ReversibleHasher();
    private final CallerProfiles callers = new CallerProfiles(world.accounts, world.companies, world.agents);
    private final List<CredentialsChanged> told = new ArrayList<>();
    private final SecondFactorDesk desk = new SecondFactorDesk(factors, new StepCodes(),
            SecondFactorPolicy.parse("AGENT,PRIMARY_OWNER"), callers, world.audit, Listeners.into(told),
            attempts, world.clock);
    private final SignIn sessions = new SignIn(world.accounts, world.agents,
            new Passwords(world.accounts, world.agents, hasher), callers,
            new SignInAttempts(new LoginThrottle(attempts, devices, ThrottlePolicy.standard()), new SignInAudit(world.audit)),
            desk, new InMemorySessions(world.accounts), new SessionPolicy(Duration.ofHours(8), Duration.ofMinutes(30)),
            new InTransaction(), world.clock);

    @Test
    void enrolmentGivesTheSecretAndItsUriAndAValidCodeSwitchesItOnWithTenRecoveryCodes() {
        Caller.Member manager = world.member(world.acme, MANAGER_SUPERVISOR);

        ManageSecondFactorUseCase.Enrolment enrolment = desk.enrol(manager);

        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Member%20portal:person")
                .contains("secret=" + enrolment.secret(), "issuer=Member%20portal", "algorithm=SHA1", "digits=6",
                        "period=30");
        assertThat(desk.stateOf(manager)).isEqualTo(new SecondFactorPolicy.State(false, false));
        assertThat(Outcomes.status(() -> desk.confirm(manager, "000000"))).isEqualTo(400);

        List<String> recovery = desk.confirm(manager, now());

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(ReadableCodes.hasShape(code, 2, 5)).isTrue());
        SecondFactor stored = factors.find(SecondFactor.holderOf(manager)).orElseThrow();
        assertThat(stored.recoveryCodeHashes()).hasSize(10).doesNotContainAnyElementsOf(recovery)
                .contains(SecretToken.hashOf(recovery.get(0)));
        assertThat(desk.stateOf(manager)).isEqualTo(new SecondFactorPolicy.State(true, false));
        assertThat(Outcomes.status(() -> desk.enrol(manager))).as("a second enrolment while on").isEqualTo(409);
        assertThat(world.audit.actions()).contains("SECOND_FACTOR_ENROLMENT_STARTED", "SECOND_FACTOR_ON");
        assertThat(told).extracting(CredentialsChanged::change).containsExactly(CredentialsChanged.Change.SECOND_FACTOR_ON);
    }

    @Test
    void loginAsksForTheCodeAcceptsEachCodeOnceAndCountsAWrongOneAsAFailure() {
        PortalAccount account = activeAccount(BASIC);
        Caller.Member member = callerOf(account);
        desk.enrol(member);
        desk.confirm(member, now());
        world.clock.advance(Duration.ofSeconds(30));

        Refusal missing = catchThrowableOfType(Refusal.class, () -> sessions.logIn(login(account, null, null)));
        assertThat(missing.problem()).isEqualTo(ProblemCode.SECOND_FACTOR_REQUIRED);
        assertThat(failures(account)).as("no code yet is not a failure").isZero();

        Refusal wrong = catchThrowableOfType(Refusal.class, () -> sessions.logIn(login(account, "123456", null)));
        assertThat(wrong.problem()).isEqualTo(ProblemCode.SECOND_FACTOR_REQUIRED);
        assertThat(wrong.kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
        assertThat(failures(account)).isEqualTo(1);

        String code = now();
        assertThat(sessions.logIn(login(account, code, null)).caller().id()).isEqualTo(account.id().value());
        assertThat(Outcomes.status(() -> sessions.logIn(login(account, code, null))))
                .as("the same code again").isEqualTo(401);
        world.clock.advance(Duration.ofSeconds(30));
        assertThat(Outcomes.status(() -> sessions.logIn(login(account, now(), null)))).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeOpensOneSessionOnly() {
        PortalAccount account = activeAccount(BASIC);
        Caller.Member member = callerOf(account);
        desk.enrol(member);
        List<String> recovery = desk.confirm(member, now());

        assertThat(Outcomes.status(() -> sessions.logIn(login(account, null, recovery.get(3).toLowerCase()))))
                .isEqualTo(200);
        assertThat(Outcomes.status(() -> sessions.logIn(login(account, null, recovery.get(3))))).isEqualTo(401);
        assertThat(factors.find(SecondFactor.holderOf(member)).orElseThrow().recoveryCodeHashes()).hasSize(9);
        assertThat(world.audit.actions()).contains("SECOND_FACTOR_RECOVERY_CODE_USED");
    }

    @Test
    void guessingCodesIsThrottledLikeGuessingPasswords() {
        PortalAccount account = activeAccount(BASIC);
        Caller.Member member = callerOf(account);
        desk.enrol(member);
        desk.confirm(member, now());

        for (int i = 0; i <= ThrottlePolicy.standard().freeFailures(); i++) {
            assertThat(Outcomes.status(() -> sessions.logIn(login(account, "999999", null)))).isEqualTo(401);
        }

        assertThat(catchThrowableOfType(TooManyAttempts.class, () -> sessions.logIn(login(account, now(), null))))
                .isNotNull();
    }

    @Test
    void whoeverMustHaveOneIsGatedUntilItIsOnAndCannotSwitchItOff() {
        Caller.Member primary = world.member(world.acme, PRIMARY_OWNER);
        Caller.Member basic = world.member(world.acme, BASIC);

        assertThat(desk.mustEnrolFirst(primary)).isTrue();
        assertThat(desk.mustEnrolFirst(world.agent)).isTrue();
        assertThat(desk.mustEnrolFirst(basic)).isFalse();

        desk.enrol(primary);
        assertThat(desk.mustEnrolFirst(primary)).as("enrolled, not confirmed").isTrue();
        desk.confirm(primary, now());
        assertThat(desk.mustEnrolFirst(primary)).isFalse();
        assertThat(desk.stateOf(primary)).isEqualTo(new SecondFactorPolicy.State(true, true));

        world.clock.advance(Duration.ofSeconds(30));
        Refusal refused = catchThrowableOfType(Refusal.class, () -> desk.switchOff(primary, now()));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.problem()).isEqualTo(ProblemCode.SECOND_FACTOR_REQUIRED);
    }

    @Test
    void whoeverMayGoWithoutSwitchesItOffWithACode() {
        Caller.Member basic = world.member(world.acme, BASIC);
        desk.enrol(basic);
        desk.confirm(basic, now());
        world.clock.advance(Duration.ofSeconds(30));

        assertThat(Outcomes.status(() -> desk.switchOff(basic, "000000"))).isEqualTo(400);
        desk.switchOff(basic, now());

        assertThat(desk.stateOf(basic).enabled()).isFalse();
        assertThat(factors.find(SecondFactor.holderOf(basic))).isEmpty();
        assertThat(world.audit.actions()).contains("SECOND_FACTOR_OFF");
    }

    @Test
    void wrongCodesWhenSwitchingItOffAreThrottled() {
        Caller.Member basic = world.member(world.acme, BASIC);
        desk.enrol(basic);
        desk.confirm(basic, now());
        world.clock.advance(Duration.ofSeconds(30));

        for (int i = 0; i < SecondFactorDesk.WRONG_SWITCH_OFF_CODES; i++) {
            assertThat(Outcomes.status(() -> desk.switchOff(basic, "000000"))).isEqualTo(400);
        }

        assertThat(catchThrowableOfType(TooManyAttempts.class, () -> desk.switchOff(basic, now()))).isNotNull();
        assertThat(desk.stateOf(basic).enabled()).as("even the right code waits").isTrue();
        world.clock.advance(SecondFactorDesk.WRONG_SWITCH_OFF_WINDOW);
        desk.switchOff(basic, now());
        assertThat(desk.stateOf(basic).enabled()).isFalse();
    }

    @Test
    void theAgentsListSaysWhoHasOneOn() {
        desk.enrol(world.agent);
        assertThat(desk.agentsWithSecondFactor(List.of(world.agent.agentId()))).isEmpty();
        desk.confirm(world.agent, now());
        assertThat(desk.agentsWithSecondFactor(List.of(world.agent.agentId()))).containsExactly(world.agent.agentId());
    }

    @Test
    void theSettingNamesAgentsAndLevelsOrNoneAndATypoIsRefused() {
        Caller.Member primary = world.member(world.acme, PRIMARY_OWNER);
        Caller.Member manager = world.member(world.acme, MANAGER_SUPERVISOR);

        assertThat(SecondFactorPolicy.parse("none").requires(primary)).isFalse();
        assertThat(SecondFactorPolicy.parse("none").requires(world.agent)).isFalse();
        assertThat(SecondFactorPolicy.parse(" agent , manager_supervisor").requires(manager)).isTrue();
        assertThat(SecondFactorPolicy.parse(" agent , manager_supervisor").requires(primary)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> SecondFactorPolicy.parse("PRIMARY_OWNR"));
    }

    private PortalAccount activeAccount(org.memberportal.domain.access.PermissionLevel level) {
        PortalAccount account = world.accountOf(world.member(world.acme, level));
        account.changePassword(hasher.hash(PASSWORD.toCharArray()));
        world.accounts.update(account);
        return account;
    }

    private static Caller.Member callerOf(PortalAccount account) {
        return new Caller.Member(account.id(), account.companyId(), account.level());
    }

    private int failures(PortalAccount account) {
        return attempts.read("account:" + account.email().key()).failures();
    }

    private String now() {
        return StepCodes.codeAt(world.clock.instant());
    }

    private static LogInCommand login(PortalAccount account, String code, String recoveryCode) {
        return new LogInCommand(account.email().value(), PASSWORD.toCharArray(), "203.0.113.9", code, recoveryCode);
    }
}
