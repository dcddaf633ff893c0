package org.memberportal.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** One person, several companies, stored: the same rules on H2 and on PostgreSQL. */
abstract class MembershipsContract {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    abstract TestDatabase database();

    /** An empty database of the kind under test, no migration run yet. */
    abstract DataSource freshDataSource() throws SQLException;

    @Test
    void everyAccountOfBeforeBecomesAPersonWithOneMembershipAndLosesNothing() throws SQLException {
        DataSource dataSource = freshDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO companies (id, name, support_period_ends_on, version)"
                    + " VALUES ('c1', 'Acme', DATE '2027-01-31', 0)");
            sql.execute("INSERT INTO accounts (id, company_id, full_name, email, email_key, level, status,"
                    + " password_hash, created_at, version) VALUES ('a1', 'c1', 'Pat Primary', 'Pat@Acme.example',"
                    + " 'pat@acme.example', 'PRIMARY_OWNER', 'ACTIVE', 'hash', TIMESTAMP '2026-01-02 03:04:05', 3)");
            sql.execute("INSERT INTO accounts (id, company_id, full_name, email, email_key, level, status,"
                    + " password_hash, created_at, version) VALUES ('a2', 'c1', 'Bo Basic', 'bo@acme.example',"
                    + " 'bo@acme.example', 'BASIC', 'PENDING_ACTIVATION', NULL, TIMESTAMP '2026-01-03 03:04:05', 0)");
        }

        try (TestDatabase migrated = new TestDatabase(dataSource)) {
            PortalAccount pat = migrated.inTransaction(em -> accounts(em).find(new AccountId("a1"))).orElseThrow();
            PortalAccount bo = migrated.inTransaction(em -> accounts(em).find(new AccountId("a2"),
                    new CompanyId("c1"))).orElseThrow();

            assertThat(pat.companyId()).isEqualTo(new CompanyId("c1"));
            assertThat(pat.email().value()).isEqualTo("Pat@Acme.example");
            assertThat(pat.level()).isEqualTo(PermissionLevel.PRIMARY_OWNER);
            assertThat(pat.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(pat.passwordHash()).contains("hash");
            assertThat(pat.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(pat.version()).isEqualTo(3);
            assertThat(bo.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
            assertThat(bo.passwordHash()).isEmpty();
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM memberships")) {
            count.next();
            assertThat(count.getLong(1)).isEqualTo(2);
        }
    }

    @Test
    void aPersonInTwoCompaniesHasOneLoginAndALevelAndStatusInEach() {
        CompanyId acme = newCompany("Acme");
        CompanyId globex = newCompany("Globex");
        PortalAccount first = consultantIn(acme, "con.");

        PortalAccount second = in(a -> a.add(first.joining(globex, PermissionLevel.PRIMARY_OWNER, NOW)));
        PortalAccount inGlobex = in(a -> a.find(first.id(), globex)).orElseThrow();
        inGlobex.changePassword("new hash");
        in(a -> a.update(inGlobex));

        List<PortalAccount> memberships = in(a -> a.membershipsOf(first.id()));
        List<PortalAccount> globexStaff = in(a -> a.allOf(globex));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(memberships).extracting(PortalAccount::companyId, PortalAccount::level)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(acme, PermissionLevel.BASIC),
                        org.assertj.core.groups.Tuple.tuple(globex, PermissionLevel.PRIMARY_OWNER));
        assertThat(in(a -> a.find(first.id(), acme)).orElseThrow().passwordHash()).contains("new hash");
        assertThat(globexStaff).extracting(PortalAccount::id).containsExactly(first.id());
        Map<CompanyId, List<PortalAccount>> both = in(a -> a.allOf(List.of(acme, globex)));
        assertThat(both.get(globex)).as("the staff of several companies, read at once")
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(globexStaff);
        assertThat(both.get(acme)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(in(a -> a.allOf(acme)));
        assertThat(in(a -> a.findByEmail(first.email())).orElseThrow().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> in(a -> a.add(first.joining(globex, PermissionLevel.BASIC, NOW))))
                .as("one membership per person and company").isInstanceOf(RuntimeException.class);
    }

    @Test
    void theMembershipThatStandsForThePersonIsAnActiveOne() {
        CompanyId acme = newCompany("Acme");
        CompanyId globex = newCompany("Globex");
        PortalAccount first = consultantIn(acme, "principal.");
        in(a -> a.add(first.joining(globex, PermissionLevel.MANAGER_SUPERVISOR, NOW.plusSeconds(1))));
        PortalAccount inAcme = in(a -> a.find(first.id(), acme)).orElseThrow();
        inAcme.deactivate(new org.memberportal.domain.account.StaffChanger.Agent(), List.of(inAcme));
        in(a -> a.update(inAcme));

        assertThat(in(a -> a.find(first.id())).orElseThrow().companyId()).isEqualTo(globex);
        assertThat(in(a -> a.findByEmail(first.email())).orElseThrow().companyId()).isEqualTo(globex);
    }

    private <T> T in(Function<JpaAccounts, T> work) {
        return database().inTransaction(em -> work.apply(accounts(em)));
    }

    private static JpaAccounts accounts(jakarta.persistence.EntityManager em) {
        JpaAccounts accounts = new JpaAccounts();
        accounts.em = em;
        return accounts;
    }

    private CompanyId newCompany(String name) {
        Company company = new Company(CompanyId.newId(), name, LocalDate.parse("2027-01-01"), null);
        database().inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        return company.id();
    }

    /** An active Basic member of {@code company}, who will join others. */
    private PortalAccount consultantIn(CompanyId company, String emailPrefix) {
        PortalAccount consultant = PortalAccount.pendingActivation(company, "Con Sultant",
                EmailAddress.of(emailPrefix + company + "@example.com"), PermissionLevel.BASIC, NOW);
        consultant.activate("hash");
        in(a -> a.add(consultant));
        return consultant;
    }
}
