package org.memberportal.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.MembershipsContract;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.testing.TestDatabase;

/** The memberships' contract on each database, and the migration that made them (V10). */
abstract class JpaMembershipsContract extends MembershipsContract {

    abstract TestDatabase database();

    /** An empty database of the kind under test, no migration run yet. */
    abstract DataSource freshDataSource() throws SQLException;

    @Override
    protected <T> T inTransaction(Function<Accounts, T> work) {
        return database().inTransaction(JpaMembershipsContract::accounts, work);
    }

    @Override
    protected CompanyId newCompany(String name) {
        return database().newCompany(name, LocalDate.parse("2027-01-01"));
    }

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

    private static JpaAccounts accounts(EntityManager em) {
        JpaAccounts accounts = new JpaAccounts();
        accounts.em = em;
        return accounts;
    }
}
