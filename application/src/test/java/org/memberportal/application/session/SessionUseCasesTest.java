package org.memberportal.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.session.ChangePasswordUseCase.ChangePasswordCommand;
import org.memberportal.application.session.LogInUseCase.IssuedSession;
import org.memberportal.application.session.LogInUseCase.LogInCommand;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAgents;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemorySessions;
import org.memberportal.application.testing.InMemoryPorts.ReversibleHasher;
import org.memberportal.application.testing.GuessedPasswords;
import org.memberportal.application.testing.Listeners;
import org.memberportal.application.testing.InMemoryTrustedDevices;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffChanger;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

class SessionUseCasesTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final InMemorySessions sessions = new InMemorySessions(accounts);
    private final ReversibleHasher hasher = new ReversibleHasher();
    private final InMemoryTrustedDevices devices = new InMemoryTrustedDevices();
    private final InMemoryAttemptCounters attempts = new InMemoryAttemptCounters();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final SessionPolicy policy = new SessionPolicy(Duration.ofHours(8), Duration.ofMinutes(30));
    private final Passwords passwords = new Passwords(accounts, agents, hasher);
    private final SignInAttempts signInAttempts = new SignInAttempts(
            new LoginThrottle(attempts, devices, ThrottlePolicy.standard()), new SignInAudit(audit));
    private final SignIn signIn = new SignIn(accounts, agents, passwords, new CallerProfiles(accounts, companies, agents),
            signInAttempts, (who, code, recoveryCode, now) -> { }, sessions, policy, new InTransaction(), clock);
    private final SessionLookup lookup = new SessionLookup(sessions, policy, clock);
    private final List<CredentialsChanged> credentialsChanged = new ArrayList<>();
    private final PasswordChange passwordChange = new PasswordChange(accounts, agents, sessions, passwords,
            signInAttempts, policy, Listeners.into(credentialsChanged), GuessedPasswords.policy(), clock);

    private final Company acme = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-06-30"), null);
    private PortalAccount jane;

    @BeforeEach
    void anActivePrimaryOfAcme() {
        companies.add(acme);
        jane = PortalAccount.pendingActivation(acme.id(), "Jane Doe", EmailAddress.of("Jane@Acme.example"),
                PermissionLevel.PRIMARY_OWNER, clock.instant());
        jane.activate(hasher.hash("correct horse battery".toCharArray()));
        accounts.add(jane);
    }

    @Test
    void anActiveAccountLogsInWithItsAddressInAnyCase() {
        IssuedSession issued = signIn.logIn(login("jane@acme.EXAMPLE", "correct horse battery"));

        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
        assertThat(issued.caller().companyName()).isEqualTo("Acme");
        assertThat(lookup.identify(issued.token().value()))
                .contains(new Caller.Member(jane.id(), acme.id(), PermissionLevel.PRIMARY_OWNER));
    }

    /** The password is checked outside any transaction: a change meanwhile wins over the old one. */
    @Test
    void aPasswordChangedWhileTheOldOneWasBeingCheckedRefusesTheSignIn() {
        PasswordHasher changedMeanwhile = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return hasher.hash(password);
            }

            @Override
            public boolean verify(char[] password, String hash) {
                boolean matches = hasher.verify(password, hash);
                jane.changePassword(hasher.hash("a new password chosen meanwhile".toCharArray()));
                accounts.update(jane);
                return matches;
            }

            @Override
            public boolean isCurrent(String hash) {
                return hasher.isCurrent(hash);
            }
        };
        SignIn racing = new SignIn(accounts, agents, new Passwords(accounts, agents, changedMeanwhile),
                new CallerProfiles(accounts, companies, agents), signInAttempts, (who, code, recoveryCode, now) -> { },
                sessions, policy, new InTransaction(), clock);

        assertThat(catchThrowable(() -> racing.logIn(login("jane@acme.example", "correct horse battery"))))
                .isInstanceOf(Refusal.class);
        assertThat(signIn.logIn(login("jane@acme.example", "a new password chosen meanwhile"))).isNotNull();
    }

    @Test
    void onlyTheTokensHashIsStored() {
        IssuedSession issued = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        assertThat(sessions.findLive(issued.token().value(), clock.instant())).isEmpty();
        assertThat(sessions.findLive(issued.token().hash(), clock.instant())).isPresent();
    }

    @Test
    void wrongPasswordUnknownAddressAndInactiveAccountAreRefusedAlike() {
        PortalAccount pending = PortalAccount.pendingActivation(acme.id(), "Pat Pending",
                EmailAddress.of("pat@acme.example"), PermissionLevel.BASIC, clock.instant());
        accounts.add(pending);

        Refusal wrong = refusal("jane@acme.example", "wrong password here");
        Refusal unknown = refusal("nobody@acme.example", "correct horse battery");
        Refusal inactive = refusal("pat@acme.example", "whatever it may be");
        Refusal malformed = refusal("not an address", "whatever it may be");

        assertThat(hasher.verifications).as("every case spends one password verification").isEqualTo(4);
        for (Refusal r : new Refusal[] {unknown, inactive, malformed}) {
            assertThat(r.kind()).isEqualTo(wrong.kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
            assertThat(r.getMessage()).isEqualTo(wrong.getMessage());
        }
    }

    @Test
    void aDeactivatedAccountsSessionsStopAtOnce() {
        IssuedSession issued = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        jane.deactivate(new StaffChanger.Agent(), List.of(jane));

        assertThat(lookup.identify(issued.token().value())).isEmpty();
    }

    @Test
    void aSessionEndsOnLogOutAndOnExpiry() {
        IssuedSession first = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        IssuedSession second = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        lookup.logOut(first.token().value());
        assertThat(lookup.identify(first.token().value())).isEmpty();
        assertThat(lookup.identify(second.token().value())).isPresent();

        clock.advance(Duration.ofHours(8));
        assertThat(lookup.identify(second.token().value())).isEmpty();
    }

    @Test
    void anAgentLogsIn() {
        SupportAgent agent = new SupportAgent(AgentId.newId(), "Sam Support", EmailAddress.of("sam@vendor.example"),
                hasher.hash("agent password 1".toCharArray()));
        agents.add(agent);

        IssuedSession issued = signIn.logIn(login("sam@vendor.example", "agent password 1"));

        assertThat(issued.caller().role()).isEqualTo(CallerProfile.Role.AGENT);
        assertThat(lookup.identify(issued.token().value())).contains(new Caller.Agent(agent.id()));
    }

    @Test
    void anUnknownTokenIsNobody() {
        assertThat(lookup.identify(SecretToken.generate().value())).isEmpty();
    }

    private Refusal refusal(String email, String password) {
        Throwable thrown = catchThrowable(
                () -> signIn.logIn(login(email, password)));
        assertThat(thrown).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }

    @Test
    void fromOneClientFiveFailuresAreFreeThenEachOneDoublesTheWait() {
        for (int i = 0; i < 6; i++) {
            refusal("jane@acme.example", "wrong guess " + i);
        }

        Throwable throttled = catchThrowable(() -> signIn.logIn(login("jane@acme.example", "correct horse battery")));
        assertThat(throttled).isInstanceOf(TooManyAttempts.class);
        assertThat(((TooManyAttempts) throttled).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        refusal("jane@acme.example", "wrong guess 6");
        assertThat(waitBeforeTrying("jane@acme.example", "203.0.113.1")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        refusal("jane@acme.example", "wrong guess 7");
        assertThat(waitBeforeTrying("jane@acme.example", "203.0.113.1")).isEqualTo(Duration.ofSeconds(4));

        clock.advance(Duration.ofSeconds(4));
        assertThat(signIn.logIn(login("jane@acme.example", "correct horse battery")).token()).isNotNull();
        refusal("jane@acme.example", "the right one was a moment ago");
        assertThat(waitBeforeTrying("jane@acme.example", "203.0.113.1")).as("a login clears the client's wait")
                .isZero();
    }

    @Test
    void aStrangerGuessingFromElsewhereSlowsDownOnlyThemselves() {
        for (int i = 0; i < 40; i++) {
            Duration wait = waitBeforeTrying("jane@acme.example", "198.51.100.9");
            clock.advance(wait);
            assertThat(catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example",
                    "stranger's guess".toCharArray(), "198.51.100.9")))).isInstanceOf(Refusal.class);
        }

        assertThat(waitBeforeTrying("jane@acme.example", "198.51.100.9")).isPositive();
        assertThat(signIn.logIn(login("jane@acme.example", "correct horse battery")).token()).isNotNull();
    }

    @Test
    void guessesFromManyClientsStopAtTheAccountsCapForEveryoneUntilAWindowAfterTheLast() {
        for (int i = 0; i < 100; i++) {
            String client = "198.51.100." + i;
            assertThat(catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example",
                    "botnet guess".toCharArray(), client)))).isNotInstanceOf(TooManyAttempts.class);
        }

        Throwable capped = catchThrowable(() -> signIn.logIn(login("jane@acme.example", "correct horse battery")));
        assertThat(capped).isInstanceOf(TooManyAttempts.class);
        assertThat(((TooManyAttempts) capped).retryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(audit.actions()).contains(SignInAudit.ACCOUNT_LOCKED);

        clock.advance(Duration.ofHours(1));
        assertThat(signIn.logIn(login("jane@acme.example", "correct horse battery")).token()).isNotNull();
    }

    @Test
    void signInsFailuresAndDelaysAreInTheAuditLogWithTheirClient() {
        signIn.logIn(login("jane@acme.example", "correct horse battery"));
        for (int i = 0; i < 6; i++) {
            refusal("jane@acme.example", "wrong guess " + i);
        }
        refusal("nobody@acme.example", "a guess");

        assertThat(audit.actions()).containsExactly(SignInAudit.SIGNED_IN, SignInAudit.SIGN_IN_FAILED,
                SignInAudit.SIGN_IN_FAILED, SignInAudit.SIGN_IN_FAILED, SignInAudit.SIGN_IN_FAILED,
                SignInAudit.SIGN_IN_FAILED, SignInAudit.SIGN_IN_FAILED, SignInAudit.SIGN_IN_DELAYED,
                SignInAudit.SIGN_IN_FAILED);
        assertThat(audit.events.get(0).actor()).isEqualTo("account:" + jane.id().value());
        assertThat(audit.events.get(0).companyId()).isEqualTo(acme.id());
        assertThat(audit.events.get(1).subject()).isEqualTo(jane.id().value());
        assertThat(audit.events).allSatisfy(e -> assertThat(e.details()).contains("203.0.113.1"));
        assertThat(audit.events.get(8).subject()).isNull();
    }

    @Test
    void aSessionUnusedLongerThanTheIdleTimeoutEnds() {
        IssuedSession used = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        IssuedSession left = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(lookup.identify(used.token().value())).as("used every 20 minutes").isPresent();
        }

        assertThat(lookup.identify(left.token().value())).isEmpty();
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        IssuedSession issued = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        Instant opened = clock.instant();

        clock.advance(Duration.ofSeconds(30));
        lookup.identify(issued.token().value());
        assertThat(sessions.findLive(issued.token().hash(), clock.instant()).orElseThrow().lastUsedAt()).isEqualTo(opened);

        clock.advance(Duration.ofSeconds(31));
        lookup.identify(issued.token().value());
        assertThat(sessions.findLive(issued.token().hash(), clock.instant()).orElseThrow().lastUsedAt())
                .isEqualTo(clock.instant());
    }

    @Test
    void aHashMadeWithOlderParametersIsReplacedAtTheNextLogin() {
        jane.changePassword("old:correct horse battery");
        SupportAgent agent = new SupportAgent(AgentId.newId(), "Sam Support", EmailAddress.of("sam@vendor.example"),
                "old:agent password 1");
        agents.add(agent);

        signIn.logIn(login("jane@acme.example", "correct horse battery"));
        signIn.logIn(login("sam@vendor.example", "agent password 1"));

        assertThat(accounts.find(jane.id()).orElseThrow().passwordHash()).contains("plain:correct horse battery");
        assertThat(agents.find(agent.id()).orElseThrow().passwordHash()).isEqualTo("plain:agent password 1");
    }

    /** How long this client must wait before its next try for this address (zero: it may try). */
    private Duration waitBeforeTrying(String email, String client) {
        return attempts.read("account:" + EmailAddress.of(email).key() + "|client:" + client).waitAt(clock.instant());
    }

    @Test
    void oneClientGuessingManyAddressesIsThrottled() {
        for (int i = 0; i < 50; i++) {
            refusal("guess" + i + "@acme.example", "some password");
        }

        assertThat(catchThrowable(() -> signIn.logIn(login("jane@acme.example", "correct horse battery"))))
                .isInstanceOf(TooManyAttempts.class);
        assertThat(signIn.logIn(new LogInCommand("jane@acme.example", "correct horse battery".toCharArray(),
                "198.51.100.7")).token()).isNotNull();
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionButThisOne() {
        IssuedSession here = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        IssuedSession elsewhere = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        passwordChange.changePassword(change(here, "correct horse battery", "a new and longer passphrase"));
        assertThat(audit.actions()).contains(SignInAudit.PASSWORD_CHANGED);

        assertThat(lookup.identify(here.token().value())).isPresent();
        assertThat(lookup.identify(elsewhere.token().value())).isEmpty();
        assertThat(signIn.logIn(login("jane@acme.example", "a new and longer passphrase"))).isNotNull();
        assertThat(catchThrowable(() -> signIn.logIn(login("jane@acme.example", "correct horse battery"))))
                .isInstanceOf(Refusal.class);
        assertThat(credentialsChanged).containsExactly(new CredentialsChanged(jane.email(), "Jane Doe",
                CredentialsChanged.Change.PASSWORD_CHANGED));
    }

    @Test
    void theFirstAgentChangesTheBootstrapPasswordAndIsNoLongerHeldBack() {
        SupportAgent first = SupportAgent.first(EmailAddress.of("first@vendor.example"),
                hasher.hash("bootstrap password 1".toCharArray()));
        agents.add(first);
        DuePasswordChange due = new DuePasswordChange(agents);
        IssuedSession here = signIn.logIn(login("first@vendor.example", "bootstrap password 1"));
        IssuedSession elsewhere = signIn.logIn(login("first@vendor.example", "bootstrap password 1"));
        assertThat(due.mustChangePasswordFirst(new Caller.Agent(first.id()))).isTrue();

        passwordChange.changePassword(change(here, "bootstrap password 1", "an agent's own passphrase"));

        assertThat(due.mustChangePasswordFirst(new Caller.Agent(first.id()))).isFalse();
        assertThat(lookup.identify(here.token().value())).isPresent();
        assertThat(lookup.identify(elsewhere.token().value())).isEmpty();
        assertThat(signIn.logIn(login("first@vendor.example", "an agent's own passphrase"))).isNotNull();
        assertThat(credentialsChanged).extracting(CredentialsChanged::to).containsExactly(first.email());
        assertThat(audit.actions()).contains(SignInAudit.PASSWORD_CHANGED);
    }

    @Test
    void anAgentsWrongCurrentPasswordCountsAsAFailedLogin() {
        SupportAgent sam = new SupportAgent(AgentId.newId(), "Sam Support", EmailAddress.of("sam@vendor.example"),
                hasher.hash("agent password 1".toCharArray()));
        agents.add(sam);
        IssuedSession here = signIn.logIn(login("sam@vendor.example", "agent password 1"));

        Throwable refused = catchThrowable(() -> passwordChange.changePassword(
                change(here, "not my password at all", "a new and longer passphrase")));

        assertThat(((Refusal) refused).kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
        assertThat(attempts.read("account:sam@vendor.example").failures()).isEqualTo(1);
        assertThat(credentialsChanged).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
        IssuedSession here = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        Throwable refused = catchThrowable(() -> passwordChange.changePassword(
                change(here, "not my password at all", "a new and longer passphrase")));

        assertThat(refused).isInstanceOf(Refusal.class);
        assertThat(((Refusal) refused).kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
        assertThat(attempts.read("account:jane@acme.example").failures()).isEqualTo(1);
        assertThat(audit.actions()).contains(SignInAudit.SIGN_IN_FAILED);
        assertThat(lookup.identify(here.token().value())).isPresent();
    }

    @Test
    void aNewPasswordFollowsThePasswordPolicy() {
        IssuedSession here = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        IssuedSession elsewhere = signIn.logIn(login("jane@acme.example", "correct horse battery"));

        Throwable refused = catchThrowable(() -> passwordChange.changePassword(change(here, "correct horse battery", "short")));

        assertThat(((Refusal) refused).problem()).isEqualTo(ProblemCode.WEAK_PASSWORD);
        assertThat(lookup.identify(elsewhere.token().value())).isPresent();
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheHolderOnly() {
        IssuedSession here = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        IssuedSession elsewhere = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        PortalAccount john = PortalAccount.pendingActivation(acme.id(), "John Roe", EmailAddress.of("john@acme.example"),
                PermissionLevel.PRIMARY_OWNER, clock.instant());
        john.activate(hasher.hash("another fine passphrase".toCharArray()));
        accounts.add(john);
        IssuedSession johns = signIn.logIn(login("john@acme.example", "another fine passphrase"));

        lookup.logOutEverywhere(here.token().value());

        assertThat(lookup.identify(here.token().value())).isEmpty();
        assertThat(lookup.identify(elsewhere.token().value())).isEmpty();
        assertThat(lookup.identify(johns.token().value())).isPresent();
    }

    private static ChangePasswordCommand change(IssuedSession session, String current, String next) {
        return new ChangePasswordCommand(session.token().value(), current.toCharArray(), next.toCharArray(),
                "203.0.113.1");
    }

    @Test
    void strangersWhoReachTheAccountsCapDoNotKeepTheOwnersDeviceOut() {
        IssuedSession first = signIn.logIn(login("jane@acme.example", "correct horse battery"));
        assertThat(first.deviceToken()).isNotBlank();
        for (int i = 0; i < ThrottlePolicy.standard().failuresPerAccount(); i++) {
            String stranger = "198.51.100." + (i % 20);
            catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example", "a wrong guess".toCharArray(),
                    stranger)));
        }
        assertThat(catchThrowable(() -> signIn.logIn(login("jane@acme.example", "correct horse battery"))))
                .as("a stranger meets the account's cap, the right password too").isInstanceOf(TooManyAttempts.class);

        IssuedSession fromDevice = signIn.logIn(new LogInCommand("jane@acme.example",
                "correct horse battery".toCharArray(), "198.51.100.1", null, null, first.deviceToken()));

        assertThat(fromDevice.deviceToken()).isEqualTo(first.deviceToken());
        assertThat(catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example",
                "correct horse battery".toCharArray(), "198.51.100.1", null, null, "not a token the portal gave"))))
                .as("an unknown token counts for nothing").isInstanceOf(TooManyAttempts.class);
    }

    @Test
    void aDeviceTokenGuessedWithTooOftenCountsForNothing() {
        String device = signIn.logIn(login("jane@acme.example", "correct horse battery")).deviceToken();
        for (int i = 0; i < ThrottlePolicy.standard().failuresPerDevice(); i++) {
            catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example", "a wrong guess".toCharArray(),
                    "203.0.113.9", null, null, device)));
            clock.advance(Duration.ofMinutes(2)); // past each delay, well within the window
        }

        assertThat(attempts.read("account:jane@acme.example").failures()).as("none counted for the account").isZero();
        signIn.logIn(new LogInCommand("jane@acme.example", "correct horse battery".toCharArray(), "203.0.113.9", null,
                null, device));
        assertThat(attempts.read("account:jane@acme.example").failures())
                .as("the token no longer counts: the account's counters are back").isZero();
        assertThat(catchThrowable(() -> signIn.logIn(new LogInCommand("jane@acme.example",
                "a wrong guess".toCharArray(), "203.0.113.9", null, null, device)))).isInstanceOf(Refusal.class);
        assertThat(attempts.read("account:jane@acme.example").failures()).isEqualTo(1);
    }

    private static LogInCommand login(String email, String password) {
        return new LogInCommand(email, password.toCharArray(), "203.0.113.1");
    }

    @Test
    void aPersonOfTwoCompaniesLogsInOnceAndEachRequestActsForTheCompanyItNames() {
        Company globex = new Company(CompanyId.newId(), "Globex", LocalDate.parse("2027-06-30"), null);
        companies.add(globex);
        accounts.add(jane.joining(globex.id(), PermissionLevel.BASIC, clock.instant()));
        String token = signIn.logIn(login("jane@acme.example", "correct horse battery")).token().value();

        var unnamed = lookup.identify(token, java.util.Optional.empty()).orElseThrow();
        var asGlobex = lookup.identify(token, java.util.Optional.of(globex.id())).orElseThrow();
        var elsewhere = lookup.identify(token, java.util.Optional.of(CompanyId.newId())).orElseThrow();

        assertThat(unnamed.caller()).isEmpty();
        assertThat(unnamed.person()).contains(jane.id());
        assertThat(unnamed.unresolved().orElseThrow().code()).isEqualTo("company-needed");
        assertThat(asGlobex.caller()).contains(new Caller.Member(jane.id(), globex.id(), PermissionLevel.BASIC));
        assertThat(elsewhere.caller()).isEmpty();
        assertThat(elsewhere.unresolved().orElseThrow().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(new CallerProfiles(accounts, companies, agents).describePerson(jane.id()).memberships()).hasSize(2);
    }
}
