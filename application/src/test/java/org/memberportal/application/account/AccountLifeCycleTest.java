package org.memberportal.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.account.ChangeStaffAccountUseCase.ChangedAccount;
import org.memberportal.application.account.ChangeStaffAccountUseCase.StaffChange;
import org.memberportal.application.session.Session;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.warning.CoverageWatch;
import org.memberportal.application.preference.MailingSubscriptions;
import org.memberportal.application.warning.StaffCoverage;
import org.memberportal.application.warning.WarningMail;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.InMemoryRaisedWarnings;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccountRequests;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccountTokens;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAgents;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.InMemoryPorts.InMemorySessions;
import org.memberportal.application.testing.InMemoryPorts.RecordedAccountMail;
import org.memberportal.application.testing.InMemoryPorts.ReversibleHasher;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.GuessedPasswords;
import org.memberportal.application.testing.Listeners;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** The account life cycle of docs/rules.md, through the application's use cases. */
class AccountLifeCycleTest {

    private static final String GOOD_PASSWORD = "a long passphrase of mine";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAccountRequests requests = new InMemoryAccountRequests();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final InMemoryAccountTokens tokens = new InMemoryAccountTokens();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryAttemptCounters resetCounters = new InMemoryAttemptCounters();
    private final RecordedAccountMail mail = new RecordedAccountMail();
    private final ReversibleHasher hasher = new ReversibleHasher();
    private final InMemoryRaisedWarnings warnings = new InMemoryRaisedWarnings();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryConsentHistory consents = new InMemoryConsentHistory();
    private AccountSettings settings = new AccountSettings(false, Duration.ofDays(7), Duration.ofHours(1));

    private final Caller agent = new Caller.Agent(AgentId.newId());
    private final Company acme = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-01-31"), null);
    private final Company globex = new Company(CompanyId.newId(), "Globex", LocalDate.parse("2027-01-31"), null);

    private StaffOnboarding onboarding;
    private StaffAdministration administration;
    private AccountActivation activation;
    private PasswordResetRequests resetRequests;
    private PasswordReset passwordReset;

    @BeforeEach
    void wire() {
        companies.add(acme);
        companies.add(globex);
        rewire();
    }

    private static final ForgottenAgentPasswords NO_AGENTS = new ForgottenAgentPasswords() {
        @Override
        public boolean hasActiveAgent(EmailAddress address) {
            return false;
        }

        @Override
        public boolean sendResetLink(EmailAddress address) {
            return false;
        }

        @Override
        public boolean reset(String token, char[] password) {
            return false;
        }
    };
    private final List<CredentialsChanged> credentialsChanged = new ArrayList<>();

    private void rewire() {
        ActivationLinks links = new ActivationLinks(tokens, mail, settings, clock);
        CoverageWatch watch = new CoverageWatch(accounts, companies, new StaffCoverage(preferences), warnings,
                new WarningMail(new MemberNotices(outbox, TestLinks.PORTAL, clock)), audit, clock);
        onboarding = new StaffOnboarding(accounts, requests, companies, agents, links, audit, settings,
                new MailingSubscriptions(preferences, consents), clock);
        administration = new StaffAdministration(accounts, companies, sessions, watch,
                audit, clock);
        MailingSubscriptions subscriptions = new MailingSubscriptions(preferences, consents);
        activation = new AccountActivation(accounts, tokens, hasher,
                Listeners.of(subscriptions::onActivated, watch::onActivated), (token, password) -> false, audit,
                GuessedPasswords.policy(), clock);
        resetRequests = new PasswordResetRequests(accounts, tokens, links, mail,
                new ResetRequestThrottle(resetCounters, ResetRequestPolicy.standard()), settings, audit,
                NO_AGENTS, clock);
        passwordReset = new PasswordReset(accounts, tokens, hasher, sessions, audit, NO_AGENTS,
                Listeners.into(credentialsChanged), GuessedPasswords.policy(), clock);
    }

    @Test
    void anAgentOpensTheFirstPrimaryWhoActivatesWithTheEmailedLink() {
        PortalAccount primary = onboarding.open(agent, acme.id(), NewStaffMember.of("Pat Primary",
                "pat@acme.example", PRIMARY_OWNER));

        assertThat(primary.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(mail.last().kind()).isEqualTo("ACTIVATION");

        activation.activate(mail.last().token(), GOOD_PASSWORD.toCharArray());

        assertThat(accounts.find(primary.id()).orElseThrow().mayLogIn()).isTrue();
        assertThat(audit.actions()).containsSubsequence("ACCOUNT_OPENED", "ACCOUNT_ACTIVATED");
    }

    @Test
    void activationSubscribesToTheAudiencesTheLevelMayReceiveAndRecordsIt() {
        Caller.Member tech = (Caller.Member) activeMember(acme, IT_TECH_SUPPORT);
        Caller.Member basic = (Caller.Member) activeMember(acme, BASIC);

        assertThat(preferences.find(tech.accountId()).orElseThrow().receivesNewsletter(IT_TECH_SUPPORT)).isFalse();
        assertThat(preferences.find(tech.accountId()).orElseThrow().receivesUpdateNotices(IT_TECH_SUPPORT)).isTrue();
        assertThat(preferences.find(basic.accountId()).orElseThrow().receivesNewsletter(BASIC)).isTrue();
        assertThat(consents.of(basic.accountId())).singleElement()
                .satisfies(change -> assertThat(change.source()).isEqualTo(ConsentSource.PORTAL));
    }

    @Test
    void anActivationLinkWorksOnceAndAWeakPasswordDoesNotUseItUp() {
        onboarding.open(agent, acme.id(), NewStaffMember.of("Pat", "pat@acme.example", BASIC));
        String token = mail.last().token();

        Refusal weak = catchThrowableOfType(Refusal.class, () -> activation.activate(token, "short".toCharArray()));
        Refusal common = catchThrowableOfType(Refusal.class,
                () -> activation.activate(token, "qwerty123456".toCharArray()));
        activation.activate(token, GOOD_PASSWORD.toCharArray());
        Refusal again = catchThrowableOfType(Refusal.class, () -> activation.activate(token, GOOD_PASSWORD.toCharArray()));

        assertThat(weak.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(common.code()).isEqualTo("weak-password");
        assertThat(again.kind()).isEqualTo(Refusal.Kind.GONE);
    }

    @Test
    void anActivationLinkExpires() {
        onboarding.open(agent, acme.id(), NewStaffMember.of("Pat", "pat@acme.example", BASIC));
        clock.advance(Duration.ofDays(7));

        assertThat(catchThrowableOfType(Refusal.class,
                () -> activation.activate(mail.last().token(), GOOD_PASSWORD.toCharArray())).kind())
                .isEqualTo(Refusal.Kind.GONE);
    }

    @Test
    void aManagerRequestsUpToManagerAndAnAgentApproves() {
        Caller manager = activeMember(acme, MANAGER_SUPERVISOR);

        AccountRequest request = onboarding.request(manager, acme.id(),
                NewStaffMember.of("Sam Sales", "sam@acme.example", SALES_DESIGNER));
        Refusal primaryWanted = catchThrowableOfType(Refusal.class, () -> onboarding.request(manager, acme.id(),
                NewStaffMember.of("Pia", "pia@acme.example", PRIMARY_OWNER)));
        Refusal duplicate = catchThrowableOfType(Refusal.class, () -> onboarding.request(manager, acme.id(),
                NewStaffMember.of("Sam Again", "SAM@acme.example", BASIC)));

        assertThat(request.status()).isEqualTo(AccountRequest.Status.PENDING);
        assertThat(primaryWanted.kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
        assertThat(duplicate.code()).isEqualTo("duplicate-email");

        PortalAccount account = onboarding.approve(agent, request.id());
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(mail.last().account().id()).isEqualTo(account.id());
        assertThat(catchThrowableOfType(Refusal.class, () -> onboarding.approve(agent, request.id())).code())
                .isEqualTo("already-decided");
    }

    @Test
    void requestsCanBeApprovedAtOnceBySetting() {
        settings = new AccountSettings(true, Duration.ofDays(7), Duration.ofHours(1));
        rewire();

        AccountRequest request = onboarding.request(activeMember(acme, PRIMARY_OWNER), acme.id(),
                NewStaffMember.of("Ann", "ann@acme.example", PRIMARY_OWNER));

        assertThat(request.status()).isEqualTo(AccountRequest.Status.APPROVED);
        assertThat(mail.last().kind()).isEqualTo("ACTIVATION");
    }

    @Test
    void anotherCompanysStaffIsNotFoundAndLowerLevelsMayNotRequest() {
        Caller globexPrimary = activeMember(globex, PRIMARY_OWNER);
        Caller acmeTech = activeMember(acme, IT_TECH_SUPPORT);
        NewStaffMember person = NewStaffMember.of("X", "x@acme.example", BASIC);

        assertThat(catchThrowableOfType(Refusal.class, () -> onboarding.request(globexPrimary, acme.id(), person)).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(catchThrowableOfType(Refusal.class, () -> onboarding.request(acmeTech, acme.id(), person)).kind())
                .isEqualTo(Refusal.Kind.NOT_PERMITTED);
        assertThat(catchThrowableOfType(Refusal.class,
                () -> administration.list(globexPrimary, acme.id(), PageRequest.first(10))).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void theLastPrimaryIsProtectedFromMembersButAnAgentMayWithAWarning() {
        Caller primary = activeMember(acme, PRIMARY_OWNER);
        PortalAccount self = accounts.find(((Caller.Member) primary).accountId()).orElseThrow();

        Refusal refused = catchThrowableOfType(Refusal.class, () -> administration.change(primary, acme.id(), self.id(),
                new StaffChange(BASIC, false, self.version())));
        ChangedAccount byAgent = administration.change(agent, acme.id(), self.id(),
                new StaffChange(null, true, self.version()));

        assertThat(refused.code()).isEqualTo("last-primary");
        assertThat(byAgent.account().status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(byAgent.warnings()).contains(CompanyWarning.COMPANY_WITHOUT_PRIMARY);
    }

    @Test
    void deactivationEndsSessionsAndAStaleVersionIsRefused() {
        Caller primary = activeMember(acme, PRIMARY_OWNER);
        Caller.Member basic = (Caller.Member) activeMember(acme, BASIC);
        sessions.open(Session.ofAccount("hash-of-basics-token", basic.accountId(), clock.instant(),
                clock.instant().plus(Duration.ofHours(8))));
        PortalAccount target = accounts.find(basic.accountId()).orElseThrow();

        ChangedAccount changed = administration.change(primary, acme.id(), target.id(),
                new StaffChange(null, true, target.version()));
        Refusal stale = catchThrowableOfType(Refusal.class, () -> administration.change(primary, acme.id(), target.id(),
                new StaffChange(SALES_DESIGNER, false, target.version())));

        assertThat(changed.account().version()).isEqualTo(target.version() + 1);
        assertThat(sessions.findLive("hash-of-basics-token", clock.instant())).isEmpty();
        assertThat(stale.code()).isEqualTo("stale-version");
    }

    @Test
    void aManagerMayNotTouchAPrimary() {
        activeMember(acme, PRIMARY_OWNER);
        Caller.Member otherPrimary = (Caller.Member) activeMember(acme, PRIMARY_OWNER);
        Caller manager = activeMember(acme, MANAGER_SUPERVISOR);
        PortalAccount target = accounts.find(otherPrimary.accountId()).orElseThrow();

        assertThat(catchThrowableOfType(Refusal.class, () -> administration.change(manager, acme.id(), target.id(),
                new StaffChange(BASIC, false, target.version()))).kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
    }

    @Test
    void forgotPasswordAnswersEachCaseAsRulesSay() {
        Caller.Member active = (Caller.Member) activeMember(acme, BASIC);
        onboarding.open(agent, acme.id(), NewStaffMember.of("Pending Pete", "pete@acme.example", BASIC));
        int before = mail.sent.size();

        resetRequests.forgotPassword(accounts.find(active.accountId()).orElseThrow().email().value().toUpperCase(), "203.0.113.1");
        assertThat(mail.last().kind()).isEqualTo("PASSWORD_RESET");
        resetRequests.forgotPassword("pete@acme.example", "203.0.113.1");
        assertThat(mail.last().kind()).isEqualTo("ACTIVATION");
        resetRequests.forgotPassword("nobody@acme.example", "203.0.113.1");
        resetRequests.forgotPassword("not an address", "203.0.113.1");

        assertThat(mail.sent).hasSize(before + 2);
    }

    @Test
    void askingForAPendingAccountsLinkAgainLeavesTheFirstLinkWorking() {
        onboarding.open(agent, acme.id(), NewStaffMember.of("Pending Pete", "pete@acme.example", BASIC));
        String first = mail.last().token();

        resetRequests.forgotPassword("pete@acme.example", "198.51.100.9");
        assertThat(mail.last().token()).isNotEqualTo(first);

        activation.activate(first, "pete's own passphrase".toCharArray());
        assertThat(accounts.findByEmail(EmailAddress.of("pete@acme.example")).orElseThrow().status())
                .isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void resetRequestsPastTenAnHourForOneAddressDoNothing() {
        PortalAccount account = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
        int before = mail.sent.size();

        for (int i = 0; i < 12; i++) {
            resetRequests.forgotPassword(account.email().value(), "198.51.100." + i);
        }
        assertThat(mail.sent).hasSize(before + 10);

        clock.advance(Duration.ofHours(1));
        resetRequests.forgotPassword(account.email().value(), "198.51.100.99");
        assertThat(mail.sent).hasSize(before + 11);
    }

    @Test
    void anAgentSendsAResetLinkWhateverTheBudgetsAndMembersMayNot() {
        Caller.Member member = (Caller.Member) activeMember(acme, BASIC);
        PortalAccount account = accounts.find(member.accountId()).orElseThrow();
        for (int i = 0; i < 20; i++) {
            resetRequests.forgotPassword(account.email().value(), "203.0.113.66");
        }
        int before = mail.sent.size();

        resetRequests.sendResetLink(agent, account.id());

        assertThat(mail.sent).hasSize(before + 1);
        assertThat(mail.last().kind()).isEqualTo("PASSWORD_RESET");
        assertThat(Outcomes.status(() -> resetRequests.sendResetLink(member, account.id()))).isEqualTo(403);
    }

    @Test
    void junkRequestsFromOneClientLeaveTheOwnerTheirReset() {
        PortalAccount account = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
        int before = mail.sent.size();

        for (int i = 0; i < 20; i++) {
            resetRequests.forgotPassword(account.email().value(), "203.0.113.66");
        }
        assertThat(mail.sent).as("one client spends its share of the address only").hasSize(before + 3);

        resetRequests.forgotPassword(account.email().value(), "198.51.100.9");
        assertThat(mail.sent).hasSize(before + 4);
    }

    @Test
    void aRequestDroppedForItsClientsBudgetCostsTheAddressNothing() {
        PortalAccount account = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
        spendTheClientsBudgetOnOthers("198.51.100.7");
        for (int i = 0; i < 20; i++) {
            resetRequests.forgotPassword(account.email().value(), "198.51.100.7");
        }
        assertThat(resetCounters.read("reset:" + account.email().key()).failures()).isZero();
    }

    /** Twenty requests for twenty other members' addresses: the client's budget spent, none of theirs. */
    private void spendTheClientsBudgetOnOthers(String client) {
        for (int i = 0; i < 20; i++) {
            PortalAccount other = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
            resetRequests.forgotPassword(other.email().value(), client);
        }
    }

    @Test
    void resetRequestsForAnAddressNobodyHasOrOverBudgetWriteNothing() {
        resetRequests.forgotPassword("nobody-here@acme.example", "198.51.100.5");
        assertThat(resetCounters.read("reset-client:198.51.100.5").failures()).isZero();
        assertThat(resetCounters.read("reset:nobody-here@acme.example").failures()).isZero();

        spendTheClientsBudgetOnOthers("198.51.100.6");
        int locksBefore = resetCounters.locks();
        PortalAccount account = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
        resetRequests.forgotPassword(account.email().value(), "198.51.100.6");
        assertThat(resetCounters.locks()).as("a request over its client's budget locks (writes) no row")
                .isEqualTo(locksBefore);
    }

    @Test
    void resetRequestsPastTwentyAnHourFromOneClientDoNothing() {
        PortalAccount account = accounts.find(((Caller.Member) activeMember(acme, BASIC)).accountId()).orElseThrow();
        spendTheClientsBudgetOnOthers("198.51.100.7");
        int before = mail.sent.size();

        resetRequests.forgotPassword(account.email().value(), "198.51.100.7");
        assertThat(mail.sent).hasSize(before);
        resetRequests.forgotPassword(account.email().value(), "198.51.100.8");
        assertThat(mail.sent).hasSize(before + 1);
    }

    @Test
    void aResetChangesThePasswordOnceAndEndsEverySession() {
        Caller.Member member = (Caller.Member) activeMember(acme, BASIC);
        PortalAccount account = accounts.find(member.accountId()).orElseThrow();
        sessions.open(Session.ofAccount("a-session", account.id(), clock.instant(), clock.instant().plusSeconds(3600)));

        resetRequests.forgotPassword(account.email().value(), "203.0.113.1");
        String token = mail.last().token();
        passwordReset.resetPassword(token, "my brand new passphrase".toCharArray());

        assertThat(hasher.verify("my brand new passphrase".toCharArray(),
                accounts.find(account.id()).orElseThrow().passwordHash().orElseThrow())).isTrue();
        assertThat(sessions.findLive("a-session", clock.instant())).isEmpty();
        assertThat(catchThrowableOfType(Refusal.class,
                () -> passwordReset.resetPassword(token, "yet another passphrase".toCharArray())).kind())
                .isEqualTo(Refusal.Kind.GONE);
    }

    private Caller activeMember(Company company, PermissionLevel level) {
        PortalAccount account = onboarding.open(agent, company.id(), NewStaffMember.of(level + " person",
                level.name().toLowerCase() + "." + accounts.allOf(company.id()).size() + "@" + company.name()
                        .toLowerCase() + ".example", level));
        activation.activate(mail.last().token(), GOOD_PASSWORD.toCharArray());
        return new Caller.Member(account.id(), company.id(), level);
    }

    @Test
    void aWarningIsRaisedOnceWhileItHoldsAndClearedWhenItStops() {
        Caller.Member first = (Caller.Member) activeMember(acme, PRIMARY_OWNER);
        assertThat(openWarnings()).containsExactly(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        int mailsAboutIt = queuedMails().size();

        activeMember(acme, BASIC);
        assertThat(openWarnings()).containsExactly(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        assertThat(queuedMails()).as("not raised again while it holds").hasSize(mailsAboutIt);

        activeMember(acme, PRIMARY_OWNER);
        assertThat(openWarnings()).isEmpty();
        assertThat(warnings.all).singleElement().satisfies(w -> assertThat(w.clearedAt()).isNotNull());
        assertThat(queuedMails().get(0).email().to()).isEqualTo(accounts.find(first.accountId()).orElseThrow().email());
    }

    private java.util.List<org.memberportal.application.mail.OutboxEntry> queuedMails() {
        return outbox.newestFirst(null, PageRequest.first(200)).items();
    }

    private java.util.List<CompanyWarning> openWarnings() {
        return warnings.openFor(acme.id()).stream().map(w -> w.warning()).toList();
    }

    @Test
    void anAddressKnownInAnotherCompanyIsRequestedLikeAnyAndApprovalAddsAMembershipWithNoSecondLogin() {
        Caller.Member consultant = (Caller.Member) activeMember(acme, BASIC);
        String address = accounts.find(consultant.accountId()).orElseThrow().email().value();
        Caller globexPrimary = activeMember(globex, PRIMARY_OWNER);
        Caller acmePrimary = activeMember(acme, PRIMARY_OWNER);
        int mailsBefore = mail.sent.size();

        AccountRequest request = onboarding.request(globexPrimary, globex.id(),
                NewStaffMember.of("Con Sultant", address.toUpperCase(), MANAGER_SUPERVISOR));
        Refusal inOwnCompany = catchThrowableOfType(Refusal.class, () -> onboarding.request(
                acmePrimary, acme.id(), NewStaffMember.of("Con", address, BASIC)));

        assertThat(request.status()).isEqualTo(AccountRequest.Status.PENDING);
        assertThat(request.isKnownElsewhere()).isTrue();
        assertThat(inOwnCompany.code()).isEqualTo("duplicate-email");

        PortalAccount membership = onboarding.approve(agent, request.id());

        assertThat(membership.id()).isEqualTo(consultant.accountId());
        assertThat(membership.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(membership.level()).isEqualTo(MANAGER_SUPERVISOR);
        assertThat(accounts.membershipsOf(consultant.accountId())).extracting(PortalAccount::companyId)
                .containsExactlyInAnyOrder(acme.id(), globex.id());
        assertThat(mail.sent.size()).as("no activation for a person with a password").isEqualTo(mailsBefore);
    }

    @Test
    void deactivatingOneMembershipEndsNothingInTheOtherCompany() {
        Caller.Member consultant = (Caller.Member) activeMember(acme, BASIC);
        PortalAccount person = accounts.find(consultant.accountId()).orElseThrow();
        onboarding.open(agent, globex.id(), NewStaffMember.of("Con", person.email().value(), IT_TECH_SUPPORT));
        sessions.open(Session.ofAccount("token-hash", person.id(), clock.instant(), clock.instant().plusSeconds(600)));

        administration.change(agent, acme.id(), person.id(), new StaffChange(null, true, person.version()));

        assertThat(accounts.find(person.id(), acme.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(accounts.find(person.id(), globex.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(sessions.findLive("token-hash", clock.instant())).isPresent();
    }

    @Test
    void oneActivationStartsEveryMembershipWaitingForIt() {
        PortalAccount first = onboarding.open(agent, acme.id(), NewStaffMember.of("Con", "con@example.com", BASIC));
        PortalAccount second = onboarding.open(agent, globex.id(),
                NewStaffMember.of("Con", "con@example.com", PRIMARY_OWNER));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);

        activation.activate(mail.last().token(), GOOD_PASSWORD.toCharArray());

        assertThat(accounts.membershipsOf(first.id())).extracting(PortalAccount::status)
                .containsOnly(AccountStatus.ACTIVE);
    }

    @Test
    void anAgentsAddressIsRequestedLikeAnyButNeverApproved() {
        agents.add(SupportAgent.invited("Ada Agent", EmailAddress.of("ada@vendor.example")));

        AccountRequest request = onboarding.request(activeMember(acme, PRIMARY_OWNER), acme.id(),
                NewStaffMember.of("Ada", "ada@vendor.example", BASIC));

        assertThat(request.status()).isEqualTo(AccountRequest.Status.PENDING);
        assertThat(request.isKnownElsewhere()).isTrue();
        assertThat(catchThrowableOfType(Refusal.class, () -> onboarding.approve(agent, request.id())).code())
                .isEqualTo("duplicate-email");
    }
}
