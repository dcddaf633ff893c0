package org.memberportal.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.application.warning.StaffCoverage;
import org.memberportal.application.warning.StandingCount;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.persistence.account.JpaAccountsAccess;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** A chunk of companies counted in one grouped read, and the warnings the rules find from the counts. */
class JpaStaffCensusTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static TestDatabase database;

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:census;DB_CLOSE_DELAY=-1");
        database = new TestDatabase(h2);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void eachCompanysStaffIsCountedByWhatItsWarningsDependOn() {
        CompanyId covered = company(List.of(PermissionLevel.PRIMARY_OWNER, PermissionLevel.PRIMARY_OWNER,
                PermissionLevel.BASIC), null);
        CompanyId optedOut = company(List.of(PermissionLevel.PRIMARY_OWNER), false);
        CompanyId empty = company(List.of(), null);

        List<StandingCount> counts = database.inTransaction(em -> {
            JpaStaffCensus census = new JpaStaffCensus();
            census.em = em;
            return census.countsOf(List.of(covered, optedOut, empty));
        });

        assertThat(counts).filteredOn(c -> c.company().equals(covered)).extracting(StandingCount::count)
                .containsExactlyInAnyOrder(2L, 1L);
        Map<CompanyId, Set<CompanyWarning>> warnings = StaffCoverage.warningsOf(List.of(covered, optedOut, empty),
                counts);
        assertThat(warnings.get(covered)).isEmpty();
        assertThat(warnings.get(optedOut)).containsOnly(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY,
                CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
        assertThat(warnings.get(empty)).containsOnly(CompanyWarning.COMPANY_WITHOUT_PRIMARY,
                CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
    }

    /** Active accounts of these levels; with stored update-notice choices when {@code updateNotices} is set. */
    private static CompanyId company(List<PermissionLevel> levels, Boolean updateNotices) {
        Company company = new Company(CompanyId.newId(), "Census", LocalDate.parse("2027-01-01"), null);
        database.inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            em.flush();
            int i = 0;
            for (PermissionLevel level : levels) {
                PortalAccount account = PortalAccount.pendingActivation(company.id(), "Person " + i,
                        EmailAddress.of("p" + i++ + "." + company.id() + "@example.com"), level, NOW);
                account.activate("hash");
                JpaAccountsAccess.of(em).add(account);
                if (updateNotices != null) {
                    em.flush();
                    JpaPreferencesAccess.of(em).save(MailingPreferences.restore(account.id(), false, updateNotices,
                            false, false, NOW, 0));
                }
            }
            return null;
        });
        return company.id();
    }
}
