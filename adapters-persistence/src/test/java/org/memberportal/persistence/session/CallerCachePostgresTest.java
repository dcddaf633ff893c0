package org.memberportal.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.application.session.Session;
import org.memberportal.application.session.Sessions.LiveSession;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffChanger;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.account.JpaAccounts;
import org.memberportal.persistence.account.JpaAccountsAccess;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.database.PortalDataSource;
import org.memberportal.persistence.testing.PostgresDatabase;

/**
 * The callers kept in memory on a real PostgreSQL: kept once read, forgotten at every change the
 * database tells of, whoever wrote it, and not answered while the listener's connection is lost.
 */
class CallerCachePostgresTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final CallerMemory memory = new CallerMemory(1000, Duration.ofMinutes(5));
    private final CallerCache cache = new CallerCache();
    private CallerNotices notices;
    private Thread listening;

    @BeforeEach
    void listen() {
        notices = new CallerNotices(() -> dataSource().connectAlone(), memory);
        cache.keepIn(memory, notices);
        cache.dataSource = dataSource();
        listening = start(notices);
        awaitThat(memory::holdsLease, "the listener holds its first lease");
    }

    @AfterEach
    void stopListening() throws InterruptedException {
        notices.stop();
        listening.join(DEADLINE.toMillis());
    }

    private static Thread start(CallerNotices notices) {
        Thread thread = new Thread(notices, "caller-notices-test");
        thread.start();
        return thread;
    }

    @Test
    void aRequestThatCaughtUpFindsTheChangeHeardOnEveryInstance() throws InterruptedException {
        CallerMemory othersMemory = new CallerMemory(1000, Duration.ofMinutes(5));
        CallerNotices othersNotices = new CallerNotices(() -> dataSource().connectAlone(), othersMemory);
        Thread other = start(othersNotices);
        try {
            awaitThat(othersMemory::holdsLease, "the other instance's listener holds its first lease");
            PortalAccount account = newActiveAccount();
            String token = openSession(account);
            LiveSession live = find(token).orElseThrow();
            othersMemory.remember(live, othersMemory.generation());
            assertThat(othersMemory.recall(token, NOW)).isPresent();

            sessions(s -> {
                s.revokeAllOf(account.id(), NOW);
                return null;
            });
            cache.catchUp();

            assertThat(othersMemory.recall(token, NOW)).as("the other instance heard it before this one caught up")
                    .isEmpty();
            assertThat(memory.holdsLease()).as("both instances answered the mark in time").isTrue();
        } finally {
            othersNotices.stop();
            other.join(DEADLINE.toMillis());
        }
    }

    @Test
    void aCallerIsKeptOnceReadAndForgottenWhenTheirMembershipChanges() {
        PortalAccount account = newActiveAccount();
        String token = openSession(account);
        assertThat(find(token)).isPresent();
        assertThat(memory.recall(token, NOW)).as("kept after the read").isPresent();

        accounts(a -> {
            PortalAccount read = a.find(account.id()).orElseThrow();
            read.deactivate(new StaffChanger.Agent(), List.of(read));
            return a.update(read);
        });
        cache.catchUp();

        assertThat(memory.recall(token, NOW)).as("forgotten once the deactivation was heard").isEmpty();
        assertThat(find(token)).hasValueSatisfying(live -> assertThat(live.memberships()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(AccountStatus.DEACTIVATED)));
    }

    @Test
    void aSessionEndedOrTouchedIsForgottenAndItsPersonsOtherSessionsKept() {
        PortalAccount account = newActiveAccount();
        String ended = openSession(account);
        String touched = openSession(account);
        String other = openSession(account);
        find(ended);
        find(touched);
        find(other);

        sessions(s -> {
            s.revoke(ended, NOW);
            s.touch(touched, NOW.plusSeconds(90), NOW.plusSeconds(60));
            return null;
        });
        cache.catchUp();

        assertThat(memory.recall(ended, NOW)).isEmpty();
        assertThat(find(ended)).isEmpty();
        assertThat(memory.recall(touched, NOW)).isEmpty();
        assertThat(find(touched)).map(live -> live.session().lastUsedAt()).contains(NOW.plusSeconds(90));
        assertThat(memory.recall(other, NOW)).as("the person's other session is as it was").isPresent();
    }

    @Test
    void aChangeMadeBehindThePortalsBackIsToldAsWell() throws SQLException {
        PortalAccount account = newActiveAccount();
        String token = openSession(account);
        find(token);

        execute("UPDATE accounts SET full_name = 'Renamed By Hand' WHERE id = '" + account.id().value() + "'");
        cache.catchUp();

        assertThat(memory.recall(token, NOW)).isEmpty();
        assertThat(find(token)).hasValueSatisfying(live -> assertThat(live.memberships()).singleElement()
                .satisfies(m -> assertThat(m.fullName()).isEqualTo("Renamed By Hand")));
    }

    @Test
    void aStatementChangingManyPeopleForgetsEveryone() throws SQLException {
        PortalAccount bystander = newActiveAccount();
        String token = openSession(bystander);
        find(token);

        execute("INSERT INTO accounts (id, full_name, email, email_key, password_hash, created_at, version)"
                + " SELECT id, 'Bulk', id || '@acme.example', id || '@acme.example', 'h', now(), 1"
                + " FROM (SELECT gen_random_uuid()::text AS id FROM generate_series(1, 101)) AS bulk");

        cache.catchUp();
        assertThat(memory.recall(token, NOW)).as("one notice for 101 people: everyone is forgotten").isEmpty();
    }

    @Test
    void whileTheListenersConnectionIsLostNothingIsAnsweredAndAfterwardsItStartsFromNothing() throws SQLException {
        PortalAccount account = newActiveAccount();
        String token = openSession(account);
        find(token);

        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + CallerNotices.LISTENER_NAME + "'");
        awaitThat(() -> !memory.holdsLease(), "the lost connection lapses the lease");
        assertThat(memory.recall(token, NOW)).isEmpty();

        awaitThat(memory::holdsLease, "the listener connects again");
        assertThat(memory.recall(token, NOW)).as("changes may have gone unheard meanwhile").isEmpty();
        find(token);
        assertThat(memory.recall(token, NOW)).isPresent();
    }

    private static PortalDataSource dataSource() {
        PortalDataSource dataSource = new PortalDataSource();
        dataSource.setUrl(POSTGRES.server().getJdbcUrl("postgres", "postgres"));
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited " + DEADLINE + " for: " + what).isNegative();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    private Optional<LiveSession> find(String tokenHash) {
        return sessions(s -> s.findLiveWithAccount(tokenHash, NOW));
    }

    private String openSession(PortalAccount account) {
        String tokenHash = UUID.randomUUID().toString().replace("-", "").repeat(2);
        sessions(s -> {
            s.open(Session.ofAccount(tokenHash, account.id(), NOW.minusSeconds(60), NOW.plusSeconds(3600)));
            return null;
        });
        return tokenHash;
    }

    private PortalAccount newActiveAccount() {
        Company company = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-01-01"), null);
        POSTGRES.database().inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        PortalAccount account = PortalAccount.pendingActivation(company.id(), "Some One",
                EmailAddress.of(UUID.randomUUID() + "@acme.example"), PermissionLevel.BASIC, NOW);
        account.activate("hash");
        return accounts(a -> a.add(account));
    }

    private <T> T accounts(Function<JpaAccounts, T> call) {
        return POSTGRES.database().inTransaction((EntityManager em) -> call.apply(JpaAccountsAccess.of(em)));
    }

    private <T> T sessions(Function<JpaSessions, T> call) {
        return POSTGRES.database().inTransaction((EntityManager em) -> {
            JpaSessions sessions = new JpaSessions();
            sessions.em = em;
            sessions.callers = cache;
            return call.apply(sessions);
        });
    }
}
