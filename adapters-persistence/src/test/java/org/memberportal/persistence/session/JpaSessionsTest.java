package org.memberportal.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.application.session.Session;
import org.memberportal.application.session.Sessions.LiveSession;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffChanger;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.account.JpaAccounts;
import org.memberportal.persistence.account.JpaAccountsAccess;
import org.memberportal.persistence.agent.JpaSupportAgentsAccess;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** A session and its holder as they are now, in one look-up (H2 here; PostgreSQL in it-tests). */
class JpaSessionsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static TestDatabase database;

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sessions;DB_CLOSE_DELAY=-1");
        database = new TestDatabase(h2);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void aMembersLiveSessionComesWithTheAccountAsItIsNow() {
        PortalAccount account = newActiveAccount("live@acme.example");
        open(Session.ofAccount("a".repeat(64), account.id(), NOW, NOW.plusSeconds(3600)));
        accounts(a -> {
            PortalAccount read = a.find(account.id()).orElseThrow();
            read.deactivate(new StaffChanger.Agent(), List.of(read));
            return a.update(read);
        });

        Optional<LiveSession> live = find("a".repeat(64), NOW.plusSeconds(60));

        assertThat(live).hasValueSatisfying(l -> {
            assertThat(l.session().accountId()).isEqualTo(account.id());
            assertThat(l.memberships()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(AccountStatus.DEACTIVATED));
        });
    }

    @Test
    void theSessionAndItsPersonsMembershipsAreReadInOneStatement() {
        PortalAccount account = newActiveAccount("one-look@acme.example");
        open(Session.ofAccount("g".repeat(64), account.id(), NOW, NOW.plusSeconds(3600)));
        database.inTransaction(em -> em.createNativeQuery("SET QUERY_STATISTICS TRUE").executeUpdate());
        long before = statementsRun();

        Optional<LiveSession> live = find("g".repeat(64), NOW);
        long statements = statementsRun() - before;

        assertThat(live).hasValueSatisfying(l -> assertThat(l.memberships()).singleElement()
                .satisfies(m -> assertThat(m.email()).isEqualTo(EmailAddress.of("one-look@acme.example"))));
        assertThat(statements).as("statements the look-up ran").isEqualTo(1);
    }

    /** The reads and writes H2 ran so far (its query statistics), these counts' own aside. */
    private static long statementsRun() {
        return database.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
                + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE REGEXP_LIKE(SQL_STATEMENT, '^(SELECT|INSERT|UPDATE|DELETE) ')"
                + " AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")
                .getSingleResult()).longValue());
    }

    @Test
    void anAgentsSessionHasNoAccount() {
        SupportAgent agent = new SupportAgent(AgentId.newId(), "Agent", EmailAddress.of("agent@vendor.example"), "h");
        database.inTransaction(em -> {
            JpaSupportAgentsAccess.of(em).add(agent);
            return null;
        });
        open(Session.ofAgent("b".repeat(64), agent.id(), NOW, NOW.plusSeconds(3600)));

        Optional<LiveSession> live = find("b".repeat(64), NOW);

        assertThat(live).hasValueSatisfying(l -> {
            assertThat(l.session().agentId()).isEqualTo(agent.id());
            assertThat(l.memberships()).isEmpty();
            assertThat(l.agentActive()).isTrue();
        });
    }

    @Test
    void aDeactivatedAgentsSessionSaysSoAndTheFirstAgentsDueChangeIsKept() {
        SupportAgent first = SupportAgent.first(EmailAddress.of("first@vendor.example"), "h");
        database.inTransaction(em -> {
            JpaSupportAgentsAccess.of(em).add(first);
            return null;
        });
        open(Session.ofAgent("9".repeat(64), first.id(), NOW, NOW.plusSeconds(3600)));
        assertThat(storedAgent(first.id()).passwordChangeDue()).isTrue();

        database.inTransaction(em -> {
            JpaSupportAgentsAccess.of(em).update(first.withPasswordChosen("h2").deactivated());
            return null;
        });

        assertThat(find("9".repeat(64), NOW)).hasValueSatisfying(l -> assertThat(l.agentActive()).isFalse());
        assertThat(storedAgent(first.id()).passwordChangeDue()).isFalse();
    }

    @Test
    void revokedExpiredAndUnknownSessionsAreNotFound() {
        PortalAccount account = newActiveAccount("ended@acme.example");
        open(Session.ofAccount("c".repeat(64), account.id(), NOW, NOW.plusSeconds(3600)));
        open(Session.ofAccount("d".repeat(64), account.id(), NOW, NOW.plusSeconds(3600)));
        sessions(s -> {
            s.revoke("c".repeat(64), NOW.plusSeconds(10));
            return null;
        });

        assertThat(find("c".repeat(64), NOW.plusSeconds(60))).isEmpty();
        assertThat(find("d".repeat(64), NOW.plusSeconds(3600))).isEmpty();
        assertThat(find("e".repeat(64), NOW)).isEmpty();
        assertThat(find("d".repeat(64), NOW.plusSeconds(3599))).isPresent();
    }

    @Test
    void aTouchRecordsTheLastUseOnlyWhenTheRecordedOneIsOlderThanAsked() {
        PortalAccount account = newActiveAccount("touched@acme.example");
        open(Session.ofAccount("f".repeat(64), account.id(), NOW, NOW.plusSeconds(3600)));
        assertThat(find("f".repeat(64), NOW).orElseThrow().session().lastUsedAt()).isEqualTo(NOW);

        touch("f".repeat(64), NOW.plusSeconds(30), NOW.minusSeconds(30));
        assertThat(find("f".repeat(64), NOW.plusSeconds(30)).orElseThrow().session().lastUsedAt()).isEqualTo(NOW);

        touch("f".repeat(64), NOW.plusSeconds(90), NOW.plusSeconds(30));
        assertThat(find("f".repeat(64), NOW.plusSeconds(90)).orElseThrow().session().lastUsedAt())
                .isEqualTo(NOW.plusSeconds(90));
    }

    private SupportAgent storedAgent(AgentId id) {
        return database.inTransaction(em -> JpaSupportAgentsAccess.of(em).find(id).orElseThrow());
    }

    private void touch(String tokenHash, Instant now, Instant usedBefore) {
        sessions(s -> {
            s.touch(tokenHash, now, usedBefore);
            return null;
        });
    }

    private Optional<LiveSession> find(String tokenHash, Instant now) {
        return sessions(s -> s.findLiveWithAccount(tokenHash, now));
    }

    private void open(Session session) {
        sessions(s -> {
            s.open(session);
            return null;
        });
    }

    private PortalAccount newActiveAccount(String email) {
        Company company = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-01-01"), null);
        database.inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        PortalAccount account = PortalAccount.pendingActivation(company.id(), "Some One", EmailAddress.of(email),
                PermissionLevel.BASIC, NOW);
        account.activate("hash");
        return accounts(a -> a.add(account));
    }

    private <T> T accounts(Function<JpaAccounts, T> call) {
        return database.inTransaction((EntityManager em) -> call.apply(JpaAccountsAccess.of(em)));
    }

    private <T> T sessions(Function<JpaSessions, T> call) {
        return database.inTransaction((EntityManager em) -> {
            JpaSessions sessions = new JpaSessions();
            sessions.em = em;
            sessions.callers = new CallerCache();
            return call.apply(sessions);
        });
    }
}
