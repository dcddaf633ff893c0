package org.memberportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.memberportal.it.support.FirstAgentPassword;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.TestDatabase;

/**
 * Anonymous work is cheap and bounded (docs/security.md, V11): two instances of the runnable jar on
 * one PostgreSQL, flooded with anonymous POSTs (password-reset requests for a member's address and
 * for addresses nobody has, sign-ins with wrong passwords, activations with made-up tokens) from
 * many threads at once, while a member works on both instances and readiness is asked four times a
 * second. The member's every request succeeds, readiness never leaves UP, every flood answer is one
 * the rules allow, and some are refused 429 with {@code Retry-After} (the bounded line of anonymous
 * work and the bound on anonymous requests served at once), never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymousFloodIT {

    /** The flood lasts at least this long, and until the member has made their requests. */
    private static final Duration FLOOD = Duration.ofSeconds(15);
    /** The member's requests during the flood, whatever time they take on a loaded machine. */
    private static final int MEMBER_REQUESTS = 6;
    private static final int FLOODERS = 16;
    /** What a member's request may take on a two-core machine under the flood. */
    private static final Duration MEMBER_DEADLINE = Duration.ofSeconds(10);
    /** What readiness may take: the probe's own deadline is 3 s. */
    private static final Duration READY_DEADLINE = Duration.ofSeconds(5);

    private TestDatabase database;
    private Mailbox mailbox;
    private PortalInstance first;
    private PortalInstance second;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startTwoInstances() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("it.cluster"), "runs in it-tests' cluster execution");
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "flood-");
        database = TestDatabase.start("postgresql", directory);
        mailbox = Mailbox.start();
        Map<String, String> environment = PortalInstance.environment(database, mailbox);
        environment.put("PORTAL_AUDIENCE_SYNC_SCHEDULE", "off");
        environment.put("PORTAL_COVERAGE_AUDIT_SCHEDULE", "off");
        // the flood comes from one address: its sign-in failures must not be what refuses it
        environment.put("PORTAL_LOGIN_FAILURES_PER_CLIENT", "1000000");
        // a short line, so that a flood this size fills it on a loaded machine as well as on a fast one
        environment.put("PORTAL_ANONYMOUS_WORKERS", "1");
        environment.put("PORTAL_ANONYMOUS_QUEUE_SIZE", "4");
        List<PortalInstance> two = PortalInstance.startTwo("flood", environment, directory);
        first = two.get(0);
        second = two.get(1);
        FirstAgentPassword.choose(first.base(), PortalEnvironment.AGENT_EMAIL,
                PortalEnvironment.BOOTSTRAP_AGENT_PASSWORD, PortalEnvironment.AGENT_PASSWORD);
    }

    @AfterAll
    void stopEverything() throws IOException {
        for (PortalInstance instance : new PortalInstance[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aFloodOfAnonymousPostsLeavesAMemberWorkingAndReadinessUp() throws Exception {
        PortalClient portal = new PortalClient(first.base());
        Members members = new Members(portal,
                portal.loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD), mailbox);
        String company = members.company("Flooded Co " + UUID.randomUUID(), LocalDate.now().plusYears(1), null);
        Member member = members.active(company, "BASIC");
        List<PortalClient> memberOn = List.of(member.client(), member.client().at(second.base()));

        Instant least = Instant.now().plus(FLOOD);
        AtomicBoolean memberDone = new AtomicBoolean();
        BooleanSupplier flooding = () -> !memberDone.get() || Instant.now().isBefore(least);
        ExecutorService threads = Executors.newFixedThreadPool(FLOODERS + 3);
        Map<Integer, AtomicInteger> floodAnswers = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicLong memberSuccesses = new AtomicLong();
        AtomicLong readyAnswers = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int i = 0; i < FLOODERS; i++) {
                int flooder = i;
                running.add(threads.submit(() -> flood(flooder, member.email(), flooding, floodAnswers, wrong)));
            }
            running.add(threads.submit(() -> {
                try {
                    memberWorks(memberOn, memberSuccesses, wrong);
                } finally {
                    memberDone.set(true);
                }
            }));
            for (PortalInstance instance : List.of(first, second)) {
                running.add(threads.submit(() -> {
                    while (flooding.getAsBoolean()) {
                        int status = send(HttpRequest.newBuilder(URI.create(instance.base() + "health/ready"))
                                .timeout(READY_DEADLINE).GET());
                        if (status != 200) {
                            wrong.add("readiness of " + instance.name() + ": " + status);
                        }
                        readyAnswers.incrementAndGet();
                        Pause.pause(Duration.ofMillis(250));
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get(FLOOD.plus(MEMBER_DEADLINE.multipliedBy(MEMBER_REQUESTS)).plusSeconds(30).toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        System.out.println("Flood answers by status: " + floodAnswers + "; the member's successes: "
                + memberSuccesses + "; readiness answers: " + readyAnswers);
        assertThat(wrong).as("answers the rules do not allow").isEmpty();
        assertThat(memberSuccesses.get()).as("the member kept working").isEqualTo(MEMBER_REQUESTS);
        assertThat(readyAnswers.get()).as("readiness was asked throughout").isGreaterThanOrEqualTo(10);
        assertThat(floodAnswers).as("some of the flood was refused as too much").containsKey(429);
        assertThat(floodAnswers.keySet()).as("no flood answer is a 5xx").allMatch(status -> status < 500);
    }

    /** The member's requests, on both instances in turn: reading who they are, and opening a ticket. */
    private static void memberWorks(List<PortalClient> memberOn, AtomicLong successes, Queue<String> wrong) {
        for (int n = 0; n < MEMBER_REQUESTS; n++) {
            PortalClient on = memberOn.get(n % 2);
            Reply reply = n % 3 == 0
                    ? on.post("api/v1/tickets", Json.createObjectBuilder().add("subject", "Flood " + n)
                            .add("description", "Still working during the flood.").build())
                    : on.get("api/v1/me");
            if (reply.status() == 200 || reply.status() == 201) {
                successes.incrementAndGet();
            } else {
                wrong.add("the member's request " + n + ": " + reply);
            }
        }
    }

    /** Anonymous POSTs, each kind in turn, on both instances, while {@code flooding}; each answer counted. */
    private void flood(int flooder, String memberEmail, BooleanSupplier flooding, Map<Integer, AtomicInteger> answers,
            ConcurrentLinkedQueue<String> wrong) {
        for (int n = 0; flooding.getAsBoolean(); n++) {
            PortalInstance on = (flooder + n) % 2 == 0 ? first : second;
            String path;
            String body;
            switch ((flooder + n) % 4) {
                case 0 -> {
                    path = "api/v1/password-resets";
                    body = Json.createObjectBuilder().add("email", memberEmail).build().toString();
                }
                case 1 -> {
                    path = "api/v1/password-resets";
                    body = Json.createObjectBuilder().add("email", "nobody-" + UUID.randomUUID() + "@flood.example")
                            .build().toString();
                }
                case 2 -> {
                    path = "api/v1/sessions";
                    body = Json.createObjectBuilder().add("email", "nobody-" + flooder + "@flood.example")
                            .add("password", "a wrong password of some length").build().toString();
                }
                default -> {
                    path = "api/v1/activations";
                    body = Json.createObjectBuilder().add("token", UUID.randomUUID().toString())
                            .add("password", "a new passphrase nobody uses").build().toString();
                }
            }
            HttpResponse<String> reply = exchange(HttpRequest.newBuilder(URI.create(on.base() + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (reply == null) {
                wrong.add(path + ": no answer");
                continue;
            }
            int status = reply.statusCode();
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            boolean allowed = switch (status) {
                case 202 -> path.equals("api/v1/password-resets");
                case 401 -> path.equals("api/v1/sessions");
                case 410 -> path.equals("api/v1/activations");
                case 429 -> reply.headers().firstValue("Retry-After").isPresent();
                default -> false;
            };
            if (!allowed) {
                wrong.add(path + ": " + status + " " + reply.headers().map() + " " + reply.body());
            }
        }
    }

    private int send(HttpRequest.Builder request) {
        HttpResponse<String> reply = exchange(request);
        return reply == null ? -1 : reply.statusCode();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
