package org.memberportal.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.memberportal.application.secret.SecretToken;

/**
 * The benchmark's data, written straight into the portal's PostgreSQL with set-based SQL after
 * Flyway has made the schema (the portal's first start). Ids are UUID-shaped, one prefix per
 * kind, so they never meet the time-ordered ids the portal makes.
 */
final class BenchData {

    /** The sync's companies hold this many accounts each; the first of each is its Primary. */
    static final int SYNC_COMPANY_SIZE = 100;
    static final int TICKETS = 60;

    private final String url;
    private final String user;
    private final String password;

    BenchData(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static String companyId(long n) {
        return id("00000001", n);
    }

    static String accountId(long n) {
        return id("00000002", n);
    }

    private static String id(String kind, long n) {
        return kind + "-0000-7000-8000-" + String.format("%012x", n);
    }

    private static String idSql(String kind, String n) {
        return "'" + kind + "-0000-7000-8000-' || lpad(to_hex(" + n + "), 12, '0')";
    }

    /**
     * {@code accounts} active accounts with stored preferences in companies of 100: the sync's
     * audience. Levels as in a customer's staff: a Primary per company, one in five IT (no
     * newsletter), the rest Basic; all subscribed to update notices.
     */
    void syncAudience(int accounts) throws SQLException {
        int companies = (accounts + SYNC_COMPANY_SIZE - 1) / SYNC_COMPANY_SIZE;
        run("INSERT INTO companies (id, name, support_period_ends_on, maintenance_plan_ends_on, version)"
                + " SELECT " + idSql("00000001", "g") + ", 'Sync company ' || g, DATE '2036-12-31', DATE '2036-12-31', 0"
                + " FROM generate_series(1, " + companies + ") g",
            "INSERT INTO accounts (id, full_name, email, email_key, password_hash, created_at, version)"
                + " SELECT " + idSql("00000002", "g")
                + ", 'Sync Member ' || g, 'Sync.Member' || g || '@bench.example', 'sync.member' || g || '@bench.example',"
                + " 'seeded, never logs in', LOCALTIMESTAMP, 0"
                + " FROM generate_series(1, " + accounts + ") g",
            "INSERT INTO memberships (id, account_id, company_id, level, status, created_at, version)"
                + " SELECT " + idSql("00000002", "g") + ", " + idSql("00000002", "g") + ", "
                + idSql("00000001", "(g - 1) / " + SYNC_COMPANY_SIZE + " + 1") + ","
                + " CASE WHEN g % " + SYNC_COMPANY_SIZE + " = 1 THEN 'PRIMARY_OWNER' WHEN g % 5 = 0 THEN 'IT_TECH_SUPPORT'"
                + " ELSE 'BASIC' END, 'ACTIVE', LOCALTIMESTAMP, 0"
                + " FROM generate_series(1, " + accounts + ") g",
            "INSERT INTO mailing_preferences (account_id, newsletter, update_notices, left_through_mailchimp,"
                + " address_cleaned, changed_at, version)"
                + " SELECT account_id, level <> 'IT_TECH_SUPPORT', TRUE, FALSE, FALSE, LOCALTIMESTAMP, 0 FROM memberships"
                + " WHERE account_id LIKE '00000002-%'",
            "ANALYZE");
    }

    /** A mass change: every account of the sync's audience gets another name, which Mailchimp must learn. */
    void renameSyncAudience() throws SQLException {
        run("UPDATE accounts SET full_name = 'Renamed Member ' || substr(id, 25), version = version + 1"
                + " WHERE id LIKE '00000002-%'", "ANALYZE accounts");
    }

    /** What autovacuum would do later, done now: a part measured after another does not pay for it. */
    void vacuum() throws SQLException {
        run("VACUUM ANALYZE");
    }

    /**
     * Fills the portal up to {@code companies} companies and {@code accounts} accounts for the
     * coverage audit, after the sync's {@code syncAccounts}. Each new company has about ten
     * accounts: two Primaries, a Manager, an IT member, Basic ones. Every 50th company has lost
     * one Primary (advice: only one left), every 500th both (no active Primary), and in every
     * 1,000th (offset 7) everyone left the update notices (no valid recipient).
     */
    void auditScale(int syncAccounts, int companies, int accounts) throws SQLException {
        long firstCompany = (syncAccounts + SYNC_COMPANY_SIZE - 1) / SYNC_COMPANY_SIZE + 1;
        long newCompanies = companies - firstCompany + 1;
        long newAccounts = accounts - syncAccounts;
        if (newCompanies <= 0 || newAccounts <= 0) {
            return;
        }
        String company = "(" + firstCompany + " + (g - 1) % " + newCompanies + ")";
        String position = "((g - 1) / " + newCompanies + ")";
        run("INSERT INTO companies (id, name, support_period_ends_on, maintenance_plan_ends_on, version)"
                + " SELECT " + idSql("00000001", "g") + ", 'Audited company ' || g, DATE '2036-12-31', NULL, 0"
                + " FROM generate_series(" + firstCompany + ", " + companies + ") g",
            "INSERT INTO accounts (id, full_name, email, email_key, password_hash, created_at, version)"
                + " SELECT " + idSql("00000002", syncAccounts + " + g")
                + ", 'Audited Member ' || g, 'audit.member' || g || '@bench.example', 'audit.member' || g || '@bench.example',"
                + " 'seeded, never logs in', LOCALTIMESTAMP, 0"
                + " FROM generate_series(1, " + newAccounts + ") g",
            "INSERT INTO memberships (id, account_id, company_id, level, status, created_at, version)"
                + " SELECT " + idSql("00000002", syncAccounts + " + g") + ", " + idSql("00000002", syncAccounts + " + g")
                + ", " + idSql("00000001", company) + ","
                + " CASE " + position + " WHEN 0 THEN 'PRIMARY_OWNER' WHEN 1 THEN 'PRIMARY_OWNER'"
                + " WHEN 2 THEN 'MANAGER_SUPERVISOR' WHEN 3 THEN 'IT_TECH_SUPPORT' ELSE 'BASIC' END,"
                + " CASE WHEN " + position + " = 1 AND " + company + " % 50 = 0 THEN 'DEACTIVATED'"
                + " WHEN " + position + " = 0 AND " + company + " % 500 = 0 THEN 'DEACTIVATED' ELSE 'ACTIVE' END,"
                + " LOCALTIMESTAMP, 0"
                + " FROM generate_series(1, " + newAccounts + ") g",
            "INSERT INTO mailing_preferences (account_id, newsletter, update_notices, left_through_mailchimp,"
                + " address_cleaned, changed_at, version)"
                + " SELECT m.account_id, FALSE, FALSE, FALSE, FALSE, LOCALTIMESTAMP, 0 FROM memberships m, accounts a"
                + " WHERE m.account_id = a.id AND a.id LIKE '00000002-%' AND a.full_name LIKE 'Audited%'"
                + " AND ('x' || substr(m.company_id, 25, 12))::bit(48)::bigint % 1000 = 7",
            "VACUUM ANALYZE");
    }

    /** {@link #TICKETS} tickets by the first sync account, and a session for it: its bearer token. */
    String memberWithTickets() throws SQLException {
        run("INSERT INTO tickets (id, ticket_number, company_id, author_id, author_name, subject, description,"
                + " priority, status, created_at, updated_at, version)"
                + " SELECT " + idSql("00000003", "g") + ", nextval('ticket_numbers'), '" + companyId(1) + "', '"
                + accountId(1) + "', 'Sync Member 1', 'Benchmark ticket ' || g,"
                + " 'The licence server does not start after the update; log attached.', 'NORMAL', 'OPEN',"
                + " LOCALTIMESTAMP, LOCALTIMESTAMP, 0 FROM generate_series(1, " + TICKETS + ") g");
        return session(accountId(1));
    }

    private String session(String accountId) throws SQLException {
        String token = SecretToken.generate().value();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sessions (token_hash, account_id, agent_id, created_at, last_used_at, expires_at,"
                        + " revoked_at) VALUES (?, ?, NULL, LOCALTIMESTAMP, LOCALTIMESTAMP,"
                        + " LOCALTIMESTAMP + INTERVAL '1 day', NULL)")) {
            insert.setString(1, SecretToken.hashOf(token));
            insert.setString(2, accountId);
            insert.executeUpdate();
        }
        return token;
    }

    /** {@code count} e-mails due now in the outbox, to as many addresses. */
    void queuedEmails(int count) throws SQLException {
        run("INSERT INTO outbox (id, kind, recipient, recipient_name, subject, text_body, html_body, state, attempts,"
                + " last_error, queued_at, next_attempt_at, sent_at)"
                + " SELECT " + idSql("00000004", "g") + ", 'BENCHMARK', 'outbox.reader' || g || '@bench.example',"
                + " 'Reader ' || g, 'Benchmark e-mail ' || g, 'Hello,' || chr(10) || 'this is e-mail ' || g || '.',"
                + " '<p>Hello,</p><p>this is e-mail ' || g || '.</p>', 'QUEUED', 0, NULL, LOCALTIMESTAMP,"
                + " TIMESTAMP '2000-01-01 00:00:00', NULL FROM generate_series(1, " + count + ") g");
    }

    /** Forgets the statements counted so far (pg_stat_statements, loaded at the server's start). */
    void resetStatements() throws SQLException {
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "SELECT pg_stat_statements_reset()");
    }

    /** Statements the portal ran since {@link #resetStatements()}: its own, not the benchmark's. */
    long statements() throws SQLException {
        return count("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"
                + " AND query NOT ILIKE 'CREATE EXTENSION%'");
    }

    /** The {@code limit} statements that took the database longest since {@link #resetStatements()}. */
    List<String> costliestStatements(int limit) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements"
                        + " WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT ?")) {
            select.setInt(1, limit);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(String.format(Locale.ROOT, "%,8d calls %9.1f ms  %s", rows.getLong(1), rows.getDouble(2),
                            rows.getString(3)));
                }
            }
        }
        return lines;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void run(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * The CPU time PostgreSQL's processes (the server and its connections' backends) have used so
     * far: the live ones', and the server's count of its children that ended (Linux's cutime and
     * cstime), or a backend that ends between two readings, this reading's own connection's among
     * them, would take its time out of the sum.
     */
    Duration databaseCpu() throws SQLException, IOException {
        // the checkpointer lives as long as the server, its parent
        long checkpointer = count("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
        ProcessHandle server = ProcessHandle.of(checkpointer).flatMap(ProcessHandle::parent).orElseThrow();
        return Stream.concat(Stream.of(server), server.descendants())
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(endedChildrenCpu(server.pid()), Duration::plus);
    }

    /** Fields 16 and 17 of /proc/<pid>/stat, in clock ticks of 1/100 s (USER_HZ). */
    private static Duration endedChildrenCpu(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the fields after the command's name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        return Duration.ofMillis(ticks * 10);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
