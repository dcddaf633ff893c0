package org.memberportal.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.application.account.AccountTokens.Purpose;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** Accounts and their e-mailed tokens against a real database (H2 here; PostgreSQL in it-tests). */
class JpaAccountsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static TestDatabase database;

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1");
        database = new TestDatabase(h2);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void eachUpdateRaisesTheVersionByOneAndAStaleOneIsRefused() {
        PortalAccount account = newAccount("versions@acme.example");

        PortalAccount activated = accounts(a -> {
            PortalAccount read = a.find(account.id()).orElseThrow();
            read.activate("hash");
            return a.update(read);
        });
        PortalAccount reread = accounts(a -> a.find(account.id()).orElseThrow());

        assertThat(activated.version()).isEqualTo(account.version() + 1);
        assertThat(reread.version()).isEqualTo(activated.version());
        assertThat(reread.status()).isEqualTo(activated.status());
        Refusal stale = catchThrowableOfType(Refusal.class, () -> accounts(a -> a.update(account)));
        assertThat(stale.code()).isEqualTo("stale-version");
    }

    @Test
    void aWriterThatGotThereFirstMakesTheOtherStaleNotAServerError() {
        PortalAccount account = newAccount("concurrent@acme.example");

        Refusal stale = catchThrowableOfType(Refusal.class, () -> accounts(first -> {
            PortalAccount read = first.find(account.id()).orElseThrow();
            accounts(second -> {
                PortalAccount meanwhile = second.find(account.id()).orElseThrow();
                meanwhile.activate("hash of the other writer");
                return second.update(meanwhile);
            });
            read.activate("hash");
            return first.update(read);
        }));

        assertThat(stale.code()).isEqualTo("stale-version");
        assertThat(accounts(a -> a.find(account.id()).orElseThrow()).passwordHash())
                .contains("hash of the other writer");
    }

    @Test
    void addressesAreFoundWhateverTheirCase() {
        PortalAccount account = newAccount("Mixed.Case@Acme.example");

        Optional<PortalAccount> found = accounts(a -> a.findByEmail(EmailAddress.of("mixed.case@ACME.EXAMPLE")));

        assertThat(found.map(PortalAccount::id)).contains(account.id());
    }

    @Test
    void aTokenIsRedeemedOnceBeforeItExpires() {
        PortalAccount account = newAccount("tokens@acme.example");
        tokens(t -> {
            t.issue("a".repeat(64), account.id(), Purpose.ACTIVATION, NOW.plusSeconds(60));
            t.issue("b".repeat(64), account.id(), Purpose.ACTIVATION, NOW.plusSeconds(60));
            return null;
        });

        Optional<AccountId> wrongPurpose = tokens(t -> t.redeem("a".repeat(64), Purpose.PASSWORD_RESET, NOW));
        Optional<AccountId> first = tokens(t -> t.redeem("a".repeat(64), Purpose.ACTIVATION, NOW));
        Optional<AccountId> again = tokens(t -> t.redeem("a".repeat(64), Purpose.ACTIVATION, NOW));
        Optional<AccountId> expired = tokens(t -> t.redeem("b".repeat(64), Purpose.ACTIVATION, NOW.plusSeconds(60)));

        assertThat(wrongPurpose).isEmpty();
        assertThat(first).contains(account.id());
        assertThat(again).isEmpty();
        assertThat(expired).isEmpty();
    }

    @Test
    void aCompanysAccountsArePagedInCreationOrder() {
        CompanyId company = newCompany();
        for (int i = 0; i < 3; i++) {
            PortalAccount account = PortalAccount.pendingActivation(company, "Person " + i,
                    EmailAddress.of("paged" + i + "." + company + "@acme.example"), PermissionLevel.BASIC, NOW);
            accounts(a -> a.add(account));
        }

        var first = accounts(a -> a.pageOf(company, PageRequest.first(2)));
        var second = accounts(a -> a.pageOf(company, new PageRequest(first.next(), 2)));

        assertThat(first.items()).extracting(PortalAccount::fullName).containsExactly("Person 0", "Person 1");
        assertThat(second.items()).extracting(PortalAccount::fullName).containsExactly("Person 2");
        assertThat(second.next()).isNull();
    }

    private PortalAccount newAccount(String email) {
        PortalAccount account = PortalAccount.pendingActivation(newCompany(), "Some One", EmailAddress.of(email),
                PermissionLevel.BASIC, NOW);
        return accounts(a -> a.add(account));
    }

    private CompanyId newCompany() {
        Company company = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-01-01"), null);
        database.inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        return company.id();
    }

    private <T> T accounts(Function<JpaAccounts, T> call) {
        return database.inTransaction((EntityManager em) -> {
            JpaAccounts accounts = new JpaAccounts();
            accounts.em = em;
            return call.apply(accounts);
        });
    }

    private <T> T tokens(Function<JpaAccountTokens, T> call) {
        return database.inTransaction((EntityManager em) -> {
            JpaAccountTokens tokens = new JpaAccountTokens();
            tokens.em = em;
            return call.apply(tokens);
        });
    }

}
