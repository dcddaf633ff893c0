package org.memberportal.application.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.jobs.Fence;
import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.InMemoryRaisedWarnings;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

class CoverageAuditTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final CountedAccounts accounts = new CountedAccounts();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryRaisedWarnings warnings = new InMemoryRaisedWarnings();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final CoverageAudit audit = new CoverageAudit(companies, this::census,
            new CoverageWatch(accounts, companies, new StaffCoverage(preferences), warnings,
                    new WarningMail(new MemberNotices(outbox, TestLinks.PORTAL, clock)), new InMemoryAuditTrail(), clock),
            warnings);

    @Test
    void aChunkReadsTheStaffOfTheCompaniesWithANewWarningOnceAndTellsEachOnce() {
        CompanyId acme = company("Acme");
        CompanyId initech = company("Initech");
        CompanyId globex = company("Globex");
        PortalAccount acmePrimary = active(acme, PermissionLevel.PRIMARY_OWNER);
        PortalAccount acmeManager = active(acme, PermissionLevel.MANAGER_SUPERVISOR);
        PortalAccount initechPrimary = active(initech, PermissionLevel.PRIMARY_OWNER);
        active(globex, PermissionLevel.PRIMARY_OWNER);
        active(globex, PermissionLevel.PRIMARY_OWNER);

        Map<CompanyId, Set<CompanyWarning>> raised = audit.audit(List.of(acme, initech, globex), Fence.NONE);

        // docs/rules.md: a single active Primary is warned of; Primaries and Managers are told
        assertThat(raised.get(acme)).contains(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        assertThat(raised.get(initech)).contains(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        assertThat(raised.get(globex)).doesNotContain(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        assertThat(accounts.manyCompanyReads).isEqualTo(1);
        assertThat(accounts.oneCompanyReads).isZero();
        assertThat(singlePrimaryMailTo()).containsExactlyInAnyOrder(acmePrimary.email(), acmeManager.email(),
                initechPrimary.email());

        Map<CompanyId, Set<CompanyWarning>> again = audit.audit(List.of(acme, initech, globex), Fence.NONE);

        assertThat(again.values()).allSatisfy(none -> assertThat(none).isEmpty());
        assertThat(accounts.manyCompanyReads).as("nobody to tell: no staff read").isEqualTo(1);
        assertThat(singlePrimaryMailTo()).hasSize(3);
    }

    @Test
    void theCompaniesAreScannedInRegistrationOrderByIdsAfterTheLastOne() {
        List<CompanyId> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(company("Company " + i));
        }
        List<CompanyId> inOrder = registered.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();

        assertThat(audit.companiesAfter(null, 3)).containsExactlyElementsOf(inOrder.subList(0, 3));
        assertThat(audit.companiesAfter(inOrder.get(2).value(), 3)).containsExactlyElementsOf(inOrder.subList(3, 5));
    }

    private List<EmailAddress> singlePrimaryMailTo() {
        return outbox.newestFirst(DeliveryState.QUEUED, PageRequest.first(200)).items().stream()
                .map(OutboxEntry::email)
                .filter(email -> email.kind().equals("COMPANY_WARNING")
                        && email.textBody().contains(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY.message()))
                .map(email -> email.to())
                .toList();
    }

    private CompanyId company(String name) {
        Company company = new Company(CompanyId.newId(), name, LocalDate.parse("2027-01-31"), null);
        companies.add(company);
        return company.id();
    }

    private PortalAccount active(CompanyId company, PermissionLevel level) {
        AccountId id = AccountId.newId();
        return accounts.add(PortalAccount.restore(id, company, "Person " + id.value().substring(0, 8),
                EmailAddress.of("p" + id.value() + "@example.com"), level, AccountStatus.ACTIVE, "hash",
                clock.instant(), 0));
    }

    /** What the database's grouped count gives: accounts by company, level and status (no stored choices). */
    private List<StandingCount> census(Collection<CompanyId> chunk) {
        Map<List<Object>, Long> counts = new HashMap<>();
        for (CompanyId company : chunk) {
            for (PortalAccount account : accounts.allOfUncounted(company)) {
                counts.merge(List.of(company, account.level(), account.status()), 1L, Long::sum);
            }
        }
        List<StandingCount> standings = new ArrayList<>();
        counts.forEach((key, count) -> standings.add(new StandingCount((CompanyId) key.get(0),
                (PermissionLevel) key.get(1), (AccountStatus) key.get(2), null, false, count)));
        return standings;
    }

    /** The in-memory accounts, counting the reads of staff the audit makes. */
    private static final class CountedAccounts implements Accounts {
        private final InMemoryAccounts stored = new InMemoryAccounts();
        int oneCompanyReads;
        int manyCompanyReads;

        @Override
        public Optional<PortalAccount> find(AccountId id) {
            return stored.find(id);
        }

        @Override
        public Optional<PortalAccount> find(AccountId id, CompanyId company) {
            return stored.find(id, company);
        }

        @Override
        public List<PortalAccount> membershipsOf(AccountId id) {
            return stored.membershipsOf(id);
        }

        @Override
        public Optional<PortalAccount> findByEmail(EmailAddress email) {
            return stored.findByEmail(email);
        }

        @Override
        public PortalAccount add(PortalAccount account) {
            return stored.add(account);
        }

        @Override
        public PortalAccount update(PortalAccount account) {
            return stored.update(account);
        }

        @Override
        public List<PortalAccount> allOf(CompanyId company) {
            oneCompanyReads++;
            return stored.allOf(company);
        }

        @Override
        public Map<CompanyId, List<PortalAccount>> allOf(Collection<CompanyId> companies) {
            manyCompanyReads++;
            return stored.allOf(companies);
        }

        @Override
        public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
            return stored.pageOf(company, page);
        }

        List<PortalAccount> allOfUncounted(CompanyId company) {
            return stored.allOf(company);
        }
    }
}
