package org.memberportal.application.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.warning.CoverageWatch;
import org.memberportal.application.warning.StaffCoverage;
import org.memberportal.application.warning.WarningMail;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferenceChange;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferencesAnswer;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.InMemoryRaisedWarnings;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.MailingPreferences;

/** docs/rules.md, opt-in preferences: a member's own choices, their warnings and their history. */
class PreferenceCentreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryConsentHistory history = new InMemoryConsentHistory();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Company acme = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-01-31"), null);
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private PreferenceCentre centre;

    @BeforeEach
    void wire() {
        StaffCoverage coverage = new StaffCoverage(preferences);
        centre = new PreferenceCentre(accounts, companies, preferences, history, new CoverageWatch(accounts, companies,
                coverage, new InMemoryRaisedWarnings(), new WarningMail(new MemberNotices(new InMemoryOutbox(), TestLinks.PORTAL, clock)), audit, clock), audit, clock);
    }

    @Test
    void withoutAChoiceAMemberReceivesWhatTheLevelMay() {
        PreferencesAnswer tech = centre.preferences(member(IT_TECH_SUPPORT));

        assertThat(tech.newsletterEligible()).isFalse();
        assertThat(tech.newsletter()).isFalse();
        assertThat(tech.updateNoticesEligible()).isTrue();
        assertThat(tech.updateNotices()).isTrue();
        assertThat(tech.version()).isZero();
    }

    @Test
    void theLastValidRecipientOptingOutIsWarnedAndTheChangeIsRecorded() {
        Caller.Member only = member(PRIMARY_OWNER);

        PreferencesAnswer answer = centre.change(only, new PreferenceChange(true, false, 0));

        assertThat(answer.updateNotices()).isFalse();
        assertThat(answer.version()).isEqualTo(1);
        assertThat(answer.warnings()).containsExactly(CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
        assertThat(history.of(only.accountId())).singleElement().satisfies(change -> {
            assertThat(change.source()).isEqualTo(ConsentSource.PORTAL);
            assertThat(change.updateNotices()).isFalse();
            assertThat(change.at()).isEqualTo(clock.instant());
        });
        assertThat(audit.actions()).startsWith("PREFERENCES_CHANGED").contains("WARNING_RAISED");
        assertThat(centre.history(only, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void anOptOutThatLeavesAnotherRecipientRaisesNothing() {
        Caller.Member one = member(PRIMARY_OWNER);
        member(BASIC);

        assertThat(centre.change(one, new PreferenceChange(false, false, 0)).warnings()).isEmpty();
    }

    @Test
    void aWarningAlreadyHoldingIsNotRaisedAgain() {
        Caller.Member one = member(PRIMARY_OWNER);
        centre.change(one, new PreferenceChange(true, false, 0));

        assertThat(centre.change(one, new PreferenceChange(false, false, 1)).warnings()).isEmpty();
    }

    @Test
    void anAudienceTheLevelMayNotReceiveIsRefused() {
        Caller.Member tech = member(IT_TECH_SUPPORT);

        Refusal refused = catchThrowableOfType(Refusal.class,
                () -> centre.change(tech, new PreferenceChange(true, true, 0)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.code()).isEqualTo("not-eligible");
        assertThat(history.changes).isEmpty();
    }

    @Test
    void aStaleVersionIsRefused() {
        Caller.Member basic = member(BASIC);
        centre.change(basic, new PreferenceChange(false, true, 0));

        Refusal stale = catchThrowableOfType(Refusal.class,
                () -> centre.change(basic, new PreferenceChange(true, true, 0)));

        assertThat(stale.code()).isEqualTo("stale-version");
    }

    @Test
    void anOptInAfterLeavingThroughMailchimpSaysAConfirmationIsOnItsWay() {
        Caller.Member basic = member(BASIC);
        MailingPreferences left = MailingPreferences.defaultsFor(basic.accountId(), BASIC, clock.instant());
        left.unsubscribedInMailchimp(clock.instant());
        preferences.save(left);

        PreferencesAnswer answer = centre.change(basic, new PreferenceChange(false, true, 1));

        assertThat(answer.updateNotices()).isTrue();
        assertThat(answer.confirmationPending()).isTrue();
        assertThat(history.of(basic.accountId())).last().satisfies(c -> assertThat(c.confirmationPending()).isTrue());
    }

    @Test
    void agentsHaveNoPreferences() {
        Refusal refused = catchThrowableOfType(Refusal.class,
                () -> centre.preferences(new Caller.Agent(AgentId.newId())));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    private Caller.Member member(PermissionLevel level) {
        PortalAccount account = PortalAccount.restore(org.memberportal.domain.account.AccountId.newId(), acme.id(),
                level + " person", EmailAddress.of(level.name().toLowerCase() + accounts.allOf(acme.id()).size()
                        + "@acme.example"), level, AccountStatus.ACTIVE, "hash", clock.instant(), 1);
        accounts.add(account);
        return new Caller.Member(account.id(), acme.id(), level);
    }
}
