package org.memberportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.memberportal.it.support.FirstAgentPassword;
import org.memberportal.it.support.Jobs;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.TestDatabase;
import org.memberportal.mailchimp.fake.FakeEndpoint;
import org.memberportal.mailchimp.fake.FakeMailchimp;
import org.memberportal.mailchimp.fake.FakeMember;

/**
 * Two portal instances, the runnable jar as shipped, on one PostgreSQL, with one SMTP server and
 * one fake Mailchimp: the invariants hold under requests raced across instances, each scheduled
 * period runs the sync once, and a {@code kill -9} in the middle of a sync loses nothing. A third
 * instance stands by for the kills: a killed instance starts again in the background while another
 * recovers the run and the next trial goes on with the two that serve. The
 * database, mailbox and fake are this class's own (not the other ITs'), so what the schedules of
 * these instances do touches no other test. PostgreSQL only: H2 is the one-instance database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Duration SCHEDULE = Duration.ofSeconds(20);
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration LONGEST_TRANSACTION = Duration.ofSeconds(5);
    /** The members of the ten kills' sync, and the chunks of Mailchimp's batch cap (500) its push writes. */
    private static final int MEMBERS = 5000;
    private static final int CHUNKS = MEMBERS / 500;
    /** What a boot beside a recovering run may slow it by on a two-core machine. */
    private static final Duration BOOT_BESIDE = Duration.ofSeconds(90);
    private static final String NO_RECIPIENT = "COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT";
    private static final String NO_RECIPIENT_TEXT = "Nobody of the company will receive notices of software updates.";

    private TestDatabase database;
    private Mailbox mailbox;
    private FakeMailchimp mailchimp;
    private PortalInstance first;
    private PortalInstance second;
    /**
     * A third instance, standing by for the kills: a trial needs two instances that answer, one
     * to die and one to recover, and a killed instance takes longer to boot again (up to a minute
     * on two busy cores) than a trial takes. With one standing by, the next trial goes on with the
     * survivor and the standby while the killed one boots.
     */
    private PortalInstance standby;
    /** When both schedules had started ticking: the periods after it count for the schedule's claim. */
    private Instant bothReady;
    /** The instances starting (again) in the background, each until it answers ready. */
    private final Map<PortalInstance, CompletableFuture<?>> starting = new HashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeAll
    void startTwoInstances() throws IOException {
        // it starts its own PostgreSQL (H2 is the one-instance database) and processes, in the cluster
        // execution of it-tests; a test selected by name (-Dit.test) runs in every execution
        Assumptions.assumeTrue(Boolean.getBoolean("it.cluster"), "runs in it-tests' cluster execution");
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "two-instances-");
        database = TestDatabase.start("postgresql", directory);
        mailbox = Mailbox.start();
        mailchimp = new FakeMailchimp("0123456789abcdef0123456789abcdef-us6");
        Map<String, String> environment = PortalInstance.environment(database, mailbox);
        environment.put("PORTAL_OUTBOX_FIRST_RETRY", "PT1S");
        environment.put("PORTAL_LOGIN_FAILURES_PER_CLIENT", "100000");
        environment.put("PORTAL_PASSWORD_ITERATIONS", Integer.toString(PortalEnvironment.PASSWORD_ITERATIONS));
        environment.put("MAILCHIMP_API_KEY", mailchimp.apiKey());
        environment.put("MAILCHIMP_LIST_ID", mailchimp.listId());
        environment.put("MAILCHIMP_BASE_URL", mailchimp.baseUri().toString());
        environment.put("PORTAL_AUDIENCE_SYNC_SCHEDULE", SCHEDULE.toString());
        environment.put("PORTAL_JOBS_LOCK_LEASE", LEASE.toString());
        environment.put("PORTAL_JOBS_LONGEST_TRANSACTION", LONGEST_TRANSACTION.toString());
        Path jar = Path.of(System.getProperty("portal.jar", "../adapters-rest/target/member-portal.jar"));
        assertThat(jar).as("the runnable jar, built by adapters-rest's package phase").exists();
        first = new PortalInstance("instance-1", jar, PortalInstance.freePort(), environment, directory.resolve("1"));
        second = new PortalInstance("instance-2", jar, PortalInstance.freePort(), environment, directory.resolve("2"));
        standby = new PortalInstance("instance-3", jar, PortalInstance.freePort(), environment, directory.resolve("3"));
        for (String each : List.of("1", "2", "3")) {
            Files.createDirectories(directory.resolve(each));
        }
        // the first migrates the schema and makes the bootstrap agent; the others boot together
        first.start().awaitReady();
        startInBackground(second);
        startInBackground(standby);
        starting.get(second).orTimeout(5, TimeUnit.MINUTES).join();
        bothReady = Instant.now();
        FirstAgentPassword.choose(first.base(), PortalEnvironment.AGENT_EMAIL, PortalEnvironment.BOOTSTRAP_AGENT_PASSWORD,
                PortalEnvironment.AGENT_PASSWORD);
    }

    private void startInBackground(PortalInstance instance) {
        starting.put(instance, CompletableFuture.runAsync(() -> instance.start().awaitReady(), threads));
    }

    private List<PortalInstance> instances() {
        return List.of(first, second, standby);
    }

    /** Two instances that answer, waiting for one starting (again) only while fewer do. */
    private List<PortalInstance> twoServing() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            List<PortalInstance> serving = instances().stream().filter(this::serves).toList();
            if (serving.size() >= 2) {
                return serving.subList(0, 2);
            }
            assertThat(Instant.now()).as("two instances serving").isBefore(deadline);
            Pause.pause(Duration.ofMillis(200));
        }
    }

    /** Whether the instance answers: its start (again), if any, has ended; a failed start fails the test. */
    private boolean serves(PortalInstance instance) {
        CompletableFuture<?> start = starting.get(instance);
        if (start != null && start.isDone()) {
            start.join();
            starting.remove(instance);
        }
        if (starting.containsKey(instance)) {
            return false;
        }
        assertThat(instance.isAlive()).as("%s runs; see %s", instance.name(), instance.log()).isTrue();
        return true;
    }

    /** An instance that answers now. */
    private PortalInstance anyServing() {
        return twoServing().get(0);
    }

    @AfterAll
    void stopEverything() throws IOException {
        threads.shutdownNow();
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, standby, mailchimp}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // ending anyway; the next one still gets closed
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aMembersTokenWorksOnBothInstancesAndAChangeOnOneIsSeenOnTheOtherAtOnce() {
        Members onFirst = members(first);
        String company = onFirst.company("Both Instances Co");
        Member primary = onFirst.active(company, "PRIMARY_OWNER");
        Member basic = onFirst.active(company, "BASIC");
        PortalClient primaryOnSecond = primary.client().at(second.base());

        assertThat(primaryOnSecond.get("api/v1/me").json().getString("id")).isEqualTo(primary.id());
        Reply raised = primary.client().patch("api/v1/companies/" + company + "/accounts/" + basic.id(),
                Json.createObjectBuilder().add("level", "SALES_DESIGNER").add("version", version(primary, basic))
                        .build());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(accounts(primaryOnSecond, company)).filteredOn(a -> a.getString("id").equals(basic.id()))
                .singleElement().satisfies(a -> assertThat(a.getString("level")).isEqualTo("SALES_DESIGNER"));

        // the raised member is read on both instances, so that both keep them in memory
        PortalClient basicOnSecond = basic.client().at(second.base());
        assertThat(basic.client().get("api/v1/me").status()).isEqualTo(200);
        assertThat(basicOnSecond.get("api/v1/me").status()).isEqualTo(200);
        Reply deactivated = primary.client().patch("api/v1/companies/" + company + "/accounts/" + basic.id(),
                Json.createObjectBuilder().add("status", "DEACTIVATED").add("version", version(primary, basic))
                        .build());
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(basicOnSecond.get("api/v1/me").status()).as("deactivated on the other instance").isEqualTo(401);
        assertThat(basic.client().get("api/v1/me").status()).isEqualTo(401);

        assertThat(primaryOnSecond.delete("api/v1/sessions/current").status()).isEqualTo(204);
        assertThat(primary.client().get("api/v1/me").status()).as("logged out on the other instance").isEqualTo(401);
    }

    /**
     * Both demotions are let in while both are Primaries (the test holds the company's row, as a
     * third change deciding for the company would, until both requests wait for it), so the rules
     * decide the answers: a Primary may change any level; whichever demotion comes first leaves the
     * other Primary the last one, whose demotion is refused, 409 last-primary. (A request let in
     * after its caller was demoted would be a Manager's change of a Primary: 403. Holding the row
     * keeps that case out, so the oracle does not depend on how the two requests happen to
     * interleave.)
     */
    @Test
    @Order(2)
    void twoPrimariesDemotingEachOtherAtTheSameInstantNeverLeaveTheCompanyWithoutOne() throws Exception {
        Members onFirst = members(first);
        String company = onFirst.company("Demotion Race Co");
        Member one = onFirst.active(company, "PRIMARY_OWNER");
        Member two = onFirst.active(company, "PRIMARY_OWNER");
        PortalClient oneOnFirst = one.client();
        PortalClient twoOnSecond = two.client().at(second.base());
        List<String> winners = new ArrayList<>();

        for (int round = 1; round <= 50; round++) {
            long versionOfTwo = version(one, two);
            long versionOfOne = version(one, one);
            Future<Reply> oneDemotesTwo;
            Future<Reply> twoDemotesOne;
            try (Connection held = database.connect()) {
                held.setAutoCommit(false);
                holdCompanyRow(held, company);
                oneDemotesTwo = threads.submit(() -> oneOnFirst.patch(accountPath(company, two.id()),
                        level("MANAGER_SUPERVISOR", versionOfTwo)));
                twoDemotesOne = threads.submit(() -> twoOnSecond.patch(accountPath(company, one.id()),
                        level("MANAGER_SUPERVISOR", versionOfOne)));
                awaitWaitersOnTheCompanyRow(2);
                held.commit();
            }
            Reply byOne = oneDemotesTwo.get(60, TimeUnit.SECONDS);
            Reply byTwo = twoDemotesOne.get(60, TimeUnit.SECONDS);

            assertThat(activePrimaries(company)).as("round %d: %s / %s", round, byOne, byTwo).hasSize(1);
            assertThat(List.of(byOne.status(), byTwo.status())).as("round %d: %s / %s", round, byOne, byTwo)
                    .containsExactlyInAnyOrder(200, 409);
            Reply loser = byOne.status() == 200 ? byTwo : byOne;
            assertThat(loser.json().getString("type")).as("round %d: %s", round, loser).endsWith("/last-primary");
            winners.add(byOne.status() == 200 ? "1" : "2");

            // the winner raises the loser's victim back, for the next round
            Member winner = byOne.status() == 200 ? one : two;
            Member demoted = winner == one ? two : one;
            PortalClient winnerClient = winner == one ? oneOnFirst : twoOnSecond;
            Reply back = winnerClient.patch(accountPath(company, demoted.id()),
                    level("PRIMARY_OWNER", version(one, demoted)));
            assertThat(back.status()).as(back.toString()).isEqualTo(200);
        }
        System.out.println("[two-instances] demotion race, the winner per round (the loser got 409 last-primary): "
                + String.join("", winners));
    }

    /** Within {@code held}'s transaction: the company's row, locked as a change deciding for the company locks it. */
    private static void holdCompanyRow(Connection held, String company) throws SQLException {
        try (PreparedStatement lock = held.prepareStatement("select id from companies where id = ? for update")) {
            lock.setString(1, company);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    /** Waits until this many of the portal's sessions wait for a row lock taken FOR UPDATE. */
    private void awaitWaitersOnTheCompanyRow(int waiters) {
        awaitUntil(() -> {
            try (Connection connection = database.connect(); PreparedStatement waiting = connection.prepareStatement(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and application_name = 'member-portal' and query ilike '%companies%for update%'");
                    ResultSet count = waiting.executeQuery()) {
                count.next();
                return count.getInt(1) >= waiters;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, waiters + " requests waiting for the company's row");
    }

    @Test
    @Order(3)
    void theLastTwoRecipientsOptingOutTogetherRaiseTheWarningOnceAndMailItOnce() throws Exception {
        Members onFirst = members(first);
        for (int round = 1; round <= 5; round++) {
            String company = onFirst.company("Opt-out Race Co " + round);
            Member one = onFirst.active(company, "PRIMARY_OWNER");
            Member two = onFirst.active(company, "PRIMARY_OWNER");
            PortalClient twoOnSecond = two.client().at(second.base());
            long versionOfOne = preferencesVersion(one.client());
            long versionOfTwo = preferencesVersion(twoOnSecond);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Reply> byOne = threads.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return one.client().send("PUT", "api/v1/me/preferences", "application/json",
                        preferences(true, false, versionOfOne));
            });
            Future<Reply> byTwo = threads.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return twoOnSecond.send("PUT", "api/v1/me/preferences", "application/json",
                        preferences(true, false, versionOfTwo));
            });
            Reply answerToOne = byOne.get(60, TimeUnit.SECONDS);
            Reply answerToTwo = byTwo.get(60, TimeUnit.SECONDS);

            assertThat(answerToOne.status()).as(answerToOne.toString()).isEqualTo(200);
            assertThat(answerToTwo.status()).as(answerToTwo.toString()).isEqualTo(200);
            assertThat(openWarnings(onFirst.agent(), company)).as("round %d", round).containsExactly(NO_RECIPIENT);
            assertThat(List.of(answerToOne, answerToTwo)).as("the one whose opt-out caused it is told")
                    .filteredOn(a -> a.json().getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                            .anyMatch(w -> w.getString("code").equals(NO_RECIPIENT)))
                    .isNotEmpty();
            awaitOutboxSent(onFirst.agent(), Set.of(one.email(), two.email()));
            for (Member primary : List.of(one, two)) {
                assertThat(mailbox.to(primary.email())).as("round %d, %s", round, primary.email())
                        .filteredOn(mail -> mail.text().contains(NO_RECIPIENT_TEXT)).hasSize(1);
            }
        }
    }

    /**
     * Both instances tick at the start of each period of the schedule (periods counted from the
     * epoch); the database lets one of them start the period's run. Three whole periods, after
     * both schedules have ticked at least once, must hold one run each that did the work. Nothing
     * but the schedules starts a run before this test, so the periods watched are those that passed
     * while the tests before it ran.
     */
    @Test
    @Order(4)
    void withTheSyncScheduledOnBothInstancesEachPeriodRunsItOnce() {
        PortalClient agent = agent(first);
        long period = SCHEDULE.toMillis();
        long firstWholePeriod = Math.floorDiv(bothReady.toEpochMilli(), period) + 2;
        Instant from = Instant.ofEpochMilli(firstWholePeriod * period);
        Instant to = from.plus(SCHEDULE.multipliedBy(3));
        Pause.pause(Duration.between(Instant.now(), to.plus(LEASE)));

        Map<Long, List<String>> runsPerPeriod = new java.util.TreeMap<>();
        for (long p = firstWholePeriod; p < firstWholePeriod + 3; p++) {
            runsPerPeriod.put(p, new ArrayList<>());
        }
        executions(agent).stream()
                .filter(e -> Jobs.present(e, "startedAt"))
                .filter(e -> !"ALREADY_RUNNING".equals(e.getString("exitStatus", "")))
                .forEach(e -> {
                    List<String> runs = runsPerPeriod.get(Math.floorDiv(
                            Instant.parse(e.getString("startedAt")).toEpochMilli(), period));
                    if (runs != null) {
                        runs.add(e.getString("id") + " " + e.getString("status"));
                    }
                });

        System.out.println("[two-instances] sync runs that worked per scheduled period: " + runsPerPeriod);
        assertThat(runsPerPeriod.values()).as("runs per period from %s: %s", from, runsPerPeriod)
                .allSatisfy(runs -> assertThat(runs).hasSize(1));
    }

    /** An instance other than {@code victim} that answers now. */
    private PortalInstance serving(PortalInstance victim) {
        return instances().stream().filter(i -> i != victim && serves(i)).findFirst()
                .orElseThrow(() -> new AssertionError("no instance serving beside " + victim.name()));
    }

    /** Behind the API: who holds the sync's lock row ({@code execution <id> on <host>/<pid>}). */
    private String lockHolder() {
        String holder = lockHolderOrNone();
        assertThat(holder).as("the lock of a run held in the fake").isNotNull();
        return holder;
    }

    private String lockHolderOrNone() {
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
                "select holder from job_locks where job_name = 'audience-sync'"); ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentStep(JsonObject run) {
        return Jobs.present(run, "progress") && run.getJsonObject("progress").containsKey("currentStep")
                ? run.getJsonObject("progress").getString("currentStep") : "-";
    }

    private PortalInstance instanceOf(String holder) {
        long pid = Long.parseLong(holder.substring(holder.lastIndexOf('/') + 1));
        return instances().stream().filter(i -> i.pid() == pid).findFirst()
                .orElseThrow(() -> new AssertionError("no instance runs " + holder));
    }

    /**
     * Ten kills, each while a run works: at a point drawn at random among the run's Mailchimp calls
     * (the pull's read, or the push's write of one chunk but the last), the fake holds the call; a
     * random moment after the run got there, while its other partitions go on writing outcomes or
     * reach the held door too, the instance holding the run's lock is killed, and only then are the
     * held calls let through: Mailchimp applies writes whose answers nobody records. (The sync is
     * fast enough that a kill at a random time after a release would often come after the run.)
     * Each trial names the step it interrupted. The killed run is ABANDONED once its lease ran out;
     * in the first trial the killed instance boots again only after the recovery, which then shows
     * the bound of a lone survivor: two leases and one run.
     */
    @Test
    @Order(5)
    void tenKillsAtARandomMomentOfASyncOfFiveThousandMembersLoseNothing() {
        // the instance killed before may still be starting
        PortalInstance any = anyServing();
        String company = members(any).company("Ten Kills Co");
        Bulk bulk = new Bulk(Members.seedActive(database, company, "ten-kills-" + UUID.randomUUID(), MEMBERS),
                database);
        Instant began = Instant.now();
        syncToTheEnd(agent(any));
        Duration fullRun = Duration.between(began, Instant.now());
        long chunkMillis = Math.max(1, fullRun.toMillis() / CHUNKS);
        Random random = new Random(20261201L);
        Set<String> optedOutInThePortal = new HashSet<>();
        Set<String> unsubscribedInMailchimp = new HashSet<>();
        List<String> outcomes = new ArrayList<>();

        for (int trial = 1; trial <= 10; trial++) {
            // one instance to run and die, one to recover: the one killed before must have started again
            List<PortalInstance> serving = twoServing();
            awaitUntil(() -> lockHolderOrNone() == null, "no run holding the sync's lock");
            // the door is shut before the trial's changes: whichever run takes them in (the agent's
            // or a schedule's) stops at it
            KillPoint point = KillPoint.draw(random);
            long delay = (long) (random.nextDouble() * chunkMillis);
            mailchimp.resetCalls();
            point.hold(mailchimp);
            PortalInstance starter = serving.get(trial % serving.size());
            PortalInstance victim;
            PortalInstance survivor;
            String killedRun;
            JsonObject beforeKill;
            Instant killedAt;
            try {
                Set<String> untouched = new HashSet<>(bulk.ids());
                untouched.removeAll(optedOutInThePortal);
                untouched.removeAll(unsubscribedInMailchimp);
                // first the unsubscribes, so that every run from now on pulls them before it pushes
                unsubscribedInMailchimp.addAll(bulk.unsubscribeInMailchimp(mailchimp,
                        Bulk.sample(untouched, 20, random)));
                untouched.removeAll(unsubscribedInMailchimp);
                optedOutInThePortal.addAll(bulk.optOutInThePortal(Bulk.sample(untouched, 200, random)));
                // every member's merge fields change: the trial's sync pushes all of them
                database.execute("update companies set name = ? where id = ?", "Ten Kills Co, trial " + trial,
                        company);
                start(agent(starter));
                awaitUntil(() -> point.reached(mailchimp), "a run held at " + point);
                Pause.pause(Duration.ofMillis(delay));
                // the instance whose run holds the lock (an agent's start or a schedule's) dies
                String holder = lockHolder();
                victim = instanceOf(holder);
                survivor = serving(victim);
                killedRun = holder.replaceAll("^execution (\\d+) on .*$", "$1");
                beforeKill = agent(survivor).get("api/v1/admin/jobs/executions/" + killedRun).json();
                victim.kill();
                killedAt = Instant.now();
            } finally {
                mailchimp.releaseCalls();
            }
            boolean alone = trial == 1;
            if (!alone) {
                startInBackground(victim);
            }
            // otherwise the killed instance boots beside the recovering run, on the same two cores
            JsonObject recovery = awaitWorkingRunAfter(agent(survivor), killedAt, alone
                    ? LEASE.multipliedBy(2).plus(fullRun)
                    : LEASE.multipliedBy(2).plus(fullRun.multipliedBy(3)).plus(BOOT_BESIDE));
            if (alone) {
                startInBackground(victim);
            }
            String killedStatus = agent(survivor).get("api/v1/admin/jobs/executions/" + killedRun).json()
                    .getString("status");
            Outcome outcome = bulk.assertInMailchimp(mailchimp, optedOutInThePortal, unsubscribedInMailchimp);
            String line = String.format("trial %2d: killed %s %4d ms into %s, run %s (%s, in %s, now %s); recovered"
                    + " by %s on %s, %s %s in %.1f s; %s", trial, victim.name(), delay, point, killedRun,
                    beforeKill.getString("status"), currentStep(beforeKill), killedStatus, recovery.getString("id"),
                    survivor.name(), recovery.getString("status"), recovery.getString("exitStatus", ""),
                    Duration.between(killedAt, Instant.parse(recovery.getString("endedAt"))).toMillis() / 1000.0,
                    outcome);
            outcomes.add(line);
            System.out.println("[two-instances] " + line);
            assertThat(beforeKill.getString("status")).as("the kill lands while the run works: " + line)
                    .isEqualTo("STARTED");
            assertThat(recovery.getString("status")).as(line).isEqualTo("COMPLETED");
            assertThat(killedStatus).as("the killed run, once its lease ran out: " + line).isEqualTo("ABANDONED");
            outcome.assertRight();
        }
        System.out.println("[two-instances] ten kills -9:\n  " + String.join("\n  ", outcomes));
    }

    /**
     * Where a trial stops a run before its kill: the pull's first read of the members Mailchimp
     * changed, or the push's write of chunk {@code n + 1} (after {@code n} went through), never the
     * last chunk's, so the run has work left when the kill comes.
     */
    record KillPoint(String step, int passing) {

        static KillPoint draw(Random random) {
            int point = random.nextInt(CHUNKS);
            return point == 0 ? new KillPoint("pull", 0) : new KillPoint("push", point - 1);
        }

        Set<FakeEndpoint> endpoints() {
            return step.equals("pull") ? Set.of(FakeEndpoint.MEMBERS) : Set.of(FakeEndpoint.BATCH_SUBSCRIBE);
        }

        void hold(FakeMailchimp mailchimp) {
            mailchimp.holdCallsAfter(endpoints(), passing);
        }

        /** The held call is in the fake: the run is at this point now. */
        boolean reached(FakeMailchimp mailchimp) {
            return mailchimp.heldAtEndpoints() >= 1;
        }

        @Override
        public String toString() {
            return step.equals("pull") ? "the pull's first read" : "the push's write of chunk " + (passing + 1);
        }
    }

    /**
     * Starts syncs (an agent's, as one would after a crash) until a run that did the work ended
     * after {@code after}; the schedule may be the one to do it. The deadline is the bound the
     * issue sets: the killed run's lease lapses, then one run.
     */
    private JsonObject awaitWorkingRunAfter(PortalClient agent, Instant after, Duration within) {
        Instant deadline = after.plus(within).plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String id = start(agent);
            JsonObject run = Jobs.awaitEnd(agent, id, deadline);
            if (!"ALREADY_RUNNING".equals(run.getString("exitStatus", ""))) {
                return run;
            }
            Instant seen = Instant.now();
            for (JsonObject other : executions(agent)) {
                if (Jobs.ended(other) && Jobs.present(other, "startedAt")
                        && Instant.parse(other.getString("startedAt")).isAfter(after)
                        && !"ALREADY_RUNNING".equals(other.getString("exitStatus", ""))) {
                    return other;
                }
            }
            Pause.pause(Duration.ofMillis(Math.max(0, 500 - Duration.between(seen, Instant.now()).toMillis())));
        }
        throw new AssertionError("no run finished the work within " + within + " of " + after);
    }

    private void syncToTheEnd(PortalClient agent) {
        JsonObject run = awaitWorkingRunAfter(agent, Instant.now(), Duration.ofMinutes(3));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    }

    private static String start(PortalClient agent) {
        return Jobs.start(agent, "audience-sync", "{}");
    }

    private static List<JsonObject> executions(PortalClient agent) {
        return agent.get("api/v1/admin/jobs/executions?jobName=audience-sync&limit=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void awaitUntil(Supplier<Boolean> condition, String what) {
        Pause.until(Duration.ofMinutes(2), what, condition::get);
    }

    private Members members(PortalInstance instance) {
        PortalClient portal = new PortalClient(instance.base());
        return new Members(portal, portal.loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD),
                mailbox);
    }

    private static PortalClient agent(PortalInstance instance) {
        return new PortalClient(instance.base()).loggedIn(PortalEnvironment.AGENT_EMAIL,
                PortalEnvironment.AGENT_PASSWORD);
    }

    private static String accountPath(String company, String account) {
        return "api/v1/companies/" + company + "/accounts/" + account;
    }

    private static JsonObject level(String level, long version) {
        return Json.createObjectBuilder().add("level", level).add("version", version).build();
    }

    private static List<JsonObject> accounts(PortalClient staff, String company) {
        return staff.get("api/v1/companies/" + company + "/accounts?limit=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** The account's version as a Primary of its company lists it. */
    private static long version(Member lister, Member account) {
        return accounts(lister.client(), lister.companyId()).stream()
                .filter(a -> a.getString("id").equals(account.id())).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
    }

    /** Behind the API: the company's active Primaries as the database holds them. */
    private List<String> activePrimaries(String company) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
                "select account_id from memberships where company_id = ? and level = 'PRIMARY_OWNER'"
                        + " and status = 'ACTIVE'")) {
            select.setString(1, company);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static long preferencesVersion(PortalClient member) {
        return member.get("api/v1/me/preferences").json().getJsonNumber("version").longValue();
    }

    private static String preferences(boolean newsletter, boolean updateNotices, long version) {
        return Json.createObjectBuilder().add("newsletter", newsletter).add("updateNotices", updateNotices)
                .add("version", version).build().toString();
    }

    private static List<String> openWarnings(PortalClient agent, String company) {
        return agent.get("api/v1/admin/warnings?open=true&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("companyId").equals(company))
                .map(w -> w.getString("code")).toList();
    }

    /** Waits until no e-mail to these addresses is still queued or being sent. */
    private static void awaitOutboxSent(PortalClient agent, Set<String> addresses) {
        awaitUntil(() -> agent.get("api/v1/admin/outbox?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> addresses.stream().anyMatch(a -> a.equalsIgnoreCase(e.getString("to"))))
                .allMatch(e -> e.getString("state").equals("SENT")), "the outbox sent every e-mail to " + addresses);
    }


    /** What a trial ended with, member by member, against what the rules say it must be. */
    record Outcome(int members, int right, int optOutsKept, int optOutsExpected, int unsubscribesKept,
            int unsubscribesExpected, List<String> wrong) {

        void assertRight() {
            assertThat(wrong).as(toString()).isEmpty();
        }

        @Override
        public String toString() {
            return String.format("%d/%d members right, portal opt-outs kept %d/%d, Mailchimp unsubscribes kept %d/%d%s",
                    right, members, optOutsKept, optOutsExpected, unsubscribesKept, unsubscribesExpected,
                    wrong.isEmpty() ? "" : ", wrong: " + wrong.subList(0, Math.min(5, wrong.size())));
        }
    }

    /**
     * Accounts seeded straight into the database (BASIC, active, each with its level's defaults:
     * subscribed) and the oracle of their Mailchimp state, from the rules: an opt-out of both
     * audiences in the portal is unsubscribed; an unsubscribe in Mailchimp stays, whatever the
     * portal holds; everyone else is subscribed.
     */
    static final class Bulk {

        private final List<String> ids;
        private final Map<String, String> emails;
        private final TestDatabase database;

        Bulk(List<String> ids, TestDatabase database) {
            this.ids = List.copyOf(ids);
            this.database = database;
            this.emails = emailsOf(ids, database);
        }

        List<String> ids() {
            return ids;
        }

        static Set<String> sample(java.util.Collection<String> from, int count, Random random) {
            List<String> shuffled = new ArrayList<>(from);
            java.util.Collections.shuffle(shuffled, random);
            return new HashSet<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        }

        /** Opt-outs of both audiences, as saved preferences (no password to log in with). */
        Set<String> optOutInThePortal(Set<String> accounts) {
            try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                    "insert into mailing_preferences (account_id, newsletter, update_notices,"
                            + " left_through_mailchimp, address_cleaned, changed_at, version)"
                            + " values (?, false, false, false, false, current_timestamp, 1)")) {
                connection.setAutoCommit(false);
                for (String id : accounts) {
                    insert.setString(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return accounts;
        }

        Set<String> unsubscribeInMailchimp(FakeMailchimp mailchimp, Set<String> accounts) {
            accounts.forEach(id -> mailchimp.unsubscribeViaFooterLink(emails.get(id)));
            return accounts;
        }

        Outcome assertInMailchimp(FakeMailchimp mailchimp, Set<String> optedOutInThePortal,
                Set<String> unsubscribedInMailchimp) {
            Map<String, FakeMember> there = mailchimp.members().stream()
                    .collect(Collectors.toMap(m -> m.emailAddress().toLowerCase(java.util.Locale.ROOT),
                            Function.identity(), (a, b) -> a));
            List<String> wrong = new ArrayList<>();
            int optOutsKept = 0;
            int unsubscribesKept = 0;
            for (String id : ids) {
                String email = emails.get(id);
                FakeMember member = there.get(email.toLowerCase(java.util.Locale.ROOT));
                String status = member == null ? "absent" : member.status();
                boolean out = optedOutInThePortal.contains(id) || unsubscribedInMailchimp.contains(id);
                String expected = out ? "unsubscribed" : "subscribed";
                if (!expected.equals(status)) {
                    wrong.add(email + " " + status + " (expected " + expected + ")");
                } else if (optedOutInThePortal.contains(id)) {
                    optOutsKept++;
                } else if (unsubscribedInMailchimp.contains(id)) {
                    unsubscribesKept++;
                }
            }
            return new Outcome(ids.size(), ids.size() - wrong.size(), optOutsKept, optedOutInThePortal.size(),
                    unsubscribesKept, unsubscribedInMailchimp.size(), wrong);
        }

        private static Map<String, String> emailsOf(List<String> ids, TestDatabase database) {
            Map<String, String> emails = new HashMap<>();
            Set<String> wanted = new HashSet<>(ids);
            try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(
                    "select id, email from accounts where id like ?")) {
                select.setString(1, ids.get(0).substring(0, 8) + "%");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (wanted.contains(rows.getString(1))) {
                            emails.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return emails;
        }
    }
}
