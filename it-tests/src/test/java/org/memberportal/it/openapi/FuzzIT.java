package org.memberportal.it.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import net.jqwik.engine.SourceOfRandomness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.openapi.RequestFuzzer.FuzzRequest;
import org.memberportal.it.openapi.RequestFuzzer.Pools;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/**
 * Every operation of the portal's own {@code /openapi} document, driven with generated parameters
 * and bodies (see {@link RequestFuzzer}) by a caller of each permission level, by an agent and by
 * nobody: no answer is a 5xx, no answer shows a stack trace, and every refusal is problem+json.
 * The callers' world is real (a company with one account per level, another company, and a ticket,
 * an order, a download request, a live session, an account request, a document and an agent to aim
 * at), so that requests reach real resources and not only 404s; ids the portal hands out on the
 * way join the pools. The callers' own accounts are never a target, so that their sessions live to
 * the end; the operations that end sessions run last. {@code -Dfuzz.seed} repeats a run,
 * {@code -Dfuzz.rounds} and {@code -Dfuzz.seconds} bound it (whichever comes first, at least one
 * round).
 */
@ExtendWith(DeployedPortal.class)
class FuzzIT {

    private static final List<String> LEVELS = List.of("BASIC", "SALES_DESIGNER", "IT_TECH_SUPPORT",
            "MANAGER_SUPERVISOR", "PRIMARY_OWNER");

    /** What a body must never show: a Java stack trace or an exception's class name. */
    private static final Pattern ENCODED_NUL_OR_BACKSLASH = Pattern.compile("%00|%5[cC]");
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (org|java|jdk|com|sun|fish|jakarta)\\.|Exception");

    @DeployedPortal.Url
    URL base;

    private final Pools pools = new Pools();
    private final Set<String> executions = ConcurrentHashMap.newKeySet();
    private final List<String> findings = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();

    @Test
    void everyOperationAsEveryCallerAnswersWithoutA5xxOrAStackTrace() throws Exception {
        long seed = Long.getLong("fuzz.seed", new java.util.Random().nextLong());
        int rounds = Integer.getInteger("fuzz.rounds", 12);
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 45));
        Members members = new Members(base);
        OpenAPI document = servedDocument(members.portal());
        RequestFuzzer fuzzer = new RequestFuzzer(document);
        List<Caller> callers = world(members);
        Map<String, Operation> operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        assertThat(operations).as("operations in the served document").hasSizeGreaterThan(40);

        List<Target> targets = new ArrayList<>();
        List<Target> last = new ArrayList<>();
        for (Map.Entry<String, Operation> operation : operations.entrySet()) {
            for (Caller caller : callers) {
                int space = operation.getKey().indexOf(' ');
                Iterator<FuzzRequest> requests = fuzzer.request(operation.getKey().substring(0, space),
                        operation.getKey().substring(space + 2), operation.getValue(), pools,
                        PortalEnvironment.MAILCHIMP_WEBHOOK_SECRET).sampleStream().iterator();
                Target target = new Target(operation.getKey(), caller, requests, targets.size() + last.size());
                (endsSessions(operation.getKey()) ? last : targets).add(target);
            }
        }

        Instant started = Instant.now();
        int round = 0;
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            do {
                List<Future<?>> running = new ArrayList<>();
                List<Target> shuffled = new ArrayList<>(targets);
                Collections.shuffle(shuffled, new java.util.Random(seed + round));
                int thisRound = round;
                for (Target target : shuffled) {
                    running.add(workers.submit(() -> drive(target, seed, thisRound)));
                }
                for (Future<?> future : running) {
                    future.get();
                }
                round++;
            } while (round < rounds && Duration.between(started, Instant.now()).compareTo(budget) < 0);
        } finally {
            workers.shutdown();
        }
        awaitJobsStarted(members.agent());
        for (Target target : last) {
            drive(target, seed, round);
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();

        System.out.printf(Locale.ROOT, "FuzzIT: %d requests (%d operations x %d callers, %d rounds) in %d s, seed %d,"
                + " answers by status %s%n", sent.get(), operations.size(), callers.size(), round, seconds, seed,
                new TreeMap<>(statuses));
        findings.stream().limit(100).forEach(finding -> System.out.println("FuzzIT finding: " + finding));
        assertThat(findings).as("answers that are a 5xx, show a stack trace or refuse without problem+json"
                + " (repeat with -Dfuzz.seed=" + seed + ")").isEmpty();
    }

    /** One request to the target, drawn from a seed made of the run's, the target's and the round's. */
    private void drive(Target target, long seed, int round) {
        SourceOfRandomness.create(Long.toString(seed ^ (target.index() * 0x9E3779B97F4A7C15L) ^ round));
        FuzzRequest request = target.requests().next();
        Reply reply;
        try {
            reply = target.caller().client().send(request.method(), request.path(), request.headers(),
                    request.contentType(), request.body());
        } catch (UncheckedIOException e) {
            findings.add(target.caller().name() + " " + request + " -> no answer: " + e.getCause());
            return;
        } catch (IllegalArgumentException e) {
            return; // a request the HTTP client itself refuses to send
        }
        sent.incrementAndGet();
        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
        String problem = problem(request, reply);
        if (problem != null) {
            findings.add(target.caller().name() + " " + request + " -> " + problem + ": " + shorten(reply.toString()));
        } else if (reply.status() / 100 == 2) {
            harvest(target.key(), reply);
        }
    }

    /** Why the answer is wrong, or null. */
    private static String problem(FuzzRequest request, Reply reply) {
        if (reply.status() >= 500) {
            return "a " + reply.status();
        }
        if (reply.body() != null && STACK_TRACE.matcher(reply.body()).find()) {
            return "a stack trace";
        }
        if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")
                && !refusedByTheHttpServer(request, reply)) {
            return "a refusal that is not problem+json";
        }
        return null;
    }

    /**
     * Payara's HTTP server refuses a path holding an encoded NUL or backslash itself, with an empty
     * 400 ("Invalid URI"), before any filter of the application runs: nothing of the portal can
     * answer it, and the answer says nothing.
     */
    private static boolean refusedByTheHttpServer(FuzzRequest request, Reply reply) {
        String path = request.path().contains("?") ? request.path().substring(0, request.path().indexOf('?'))
                : request.path();
        return reply.status() == 400 && reply.body().isEmpty() && ENCODED_NUL_OR_BACKSLASH.matcher(path).find();
    }

    /** The ids an answer hands out join the pools, named as the parameters that take them. */
    private void harvest(String key, Reply reply) {
        if (!reply.contentType().startsWith("application/json")) {
            return;
        }
        JsonValue parsed;
        try {
            parsed = Json.createReader(new StringReader(reply.body())).readValue();
        } catch (RuntimeException e) {
            return;
        }
        if (!(parsed instanceof JsonObject json)) {
            return;
        }
        if (json.get("nextCursor") instanceof jakarta.json.JsonString cursor) {
            pools.add("cursor", cursor.getString());
        }
        if (!key.startsWith("POST ")) {
            return; // a list names everyone's ids, the callers' own too: only what the fuzzing made is a target
        }
        if (json.get("executionId") instanceof jakarta.json.JsonString execution) {
            executions.add(execution.getString());
            pools.add("id", execution.getString());
        }
        if (json.get("id") instanceof jakarta.json.JsonString id) {
            pools.add("id", id.getString());
            if (key.equals("POST /api/v1/admin/companies")) {
                pools.add("cid", id.getString());
                pools.add("companyId", id.getString());
            } else if (key.endsWith("/accounts")) {
                pools.add("aid", id.getString());
            }
        }
    }

    /**
     * The callers (one account per level in one company, an agent, nobody) and what they aim at:
     * another company with an account of its own, and one thing of each kind the paths name.
     */
    private List<Caller> world(Members members) {
        String company = members.company("Fuzzed Co");
        String other = members.company("Fuzzed Other Co", LocalDate.now().minusDays(1), null);
        pools.add("cid", company);
        pools.add("cid", other);
        pools.add("companyId", company);
        pools.add("companyId", other);
        PortalClient agent = agentOfItsOwn(members);
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("nobody", members.portal()));
        callers.add(new Caller("AGENT", agent));
        Map<String, PortalClient> byLevel = new TreeMap<>();
        for (String level : LEVELS) {
            PortalClient client = members.active(company, level).client();
            byLevel.put(level, client);
            callers.add(new Caller(level, client));
        }
        Members.Member target = members.active(company, "BASIC");
        Members.Member elsewhere = members.active(other, "PRIMARY_OWNER");
        pools.add("aid", target.accountId());
        pools.add("aid", elsewhere.accountId());

        made(agent.post("api/v1/admin/documents", Json.createObjectBuilder().add("title", "Fuzzing guide")
                .add("product", "Portal").add("version", "1.0").add("url", "https://downloads.example/fuzz").build()));
        made(agent.post("api/v1/admin/agents", Json.createObjectBuilder().add("fullName", "Fuzzed Agent")
                .add("email", Members.address("fuzzed-agent")).build()));
        made(agent.post("api/v1/admin/companies/" + company + "/licenses", Json.createObjectBuilder()
                .add("product", "Portal").add("kind", "COMPUTER").add("quantity", 3)
                .add("expiresOn", LocalDate.now().plusYears(1).toString()).build()));
        made(byLevel.get("BASIC").post("api/v1/tickets", Json.createObjectBuilder().add("subject", "Fuzzing")
                .add("description", "A ticket to aim at").build()));
        made(elsewhere.client().post("api/v1/tickets", Json.createObjectBuilder().add("subject", "Elsewhere")
                .add("description", "Another company's ticket").build()));
        made(byLevel.get("MANAGER_SUPERVISOR").post("api/v1/companies/" + company + "/account-requests",
                Json.createObjectBuilder().add("fullName", "Requested Person")
                        .add("email", Members.address("requested")).add("level", "BASIC").build()));
        made(byLevel.get("IT_TECH_SUPPORT").post("api/v1/companies/" + company + "/download-requests",
                Json.createObjectBuilder().add("product", "Portal").build()));
        made(byLevel.get("IT_TECH_SUPPORT").post("api/v1/companies/" + company + "/license-orders",
                Json.createObjectBuilder().add("product", "Portal").add("kind", "COMPUTER").add("quantity", 2).build()));
        made(byLevel.get("BASIC").post("api/v1/live-sessions", Json.createObjectBuilder().add("kind", "TRAINING")
                .add("preferredAt", Instant.now().plus(Duration.ofDays(7)).toString()).build()));
        return callers;
    }

    /**
     * The agent that fuzzes: one of its own, since a fuzzed password change with a wrong current
     * password counts as a failed sign-in, and enough of them would lock out the agent every other
     * IT class of the execution signs in as.
     */
    private static PortalClient agentOfItsOwn(Members members) {
        String email = Members.address("fuzzing-agent").replace("@customer.example", "@vendor.example");
        Reply invited = members.agent().post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Fuzzing Agent").add("email", email).build());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String token = PortalEnvironment.mailbox().await(email, 1).token();
        Reply activated = members.portal().post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", Members.PASSWORD).build());
        assertThat(activated.status()).as(activated.toString()).isEqualTo(204);
        return members.portal().loggedIn(email, Members.PASSWORD);
    }

    private void made(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        pools.add("id", reply.json().getString("id"));
    }

    /**
     * The job runs the fuzzing started end before the portal goes down, so that no lock row of
     * theirs outlives this test; a bound on the wait, not a timed assertion.
     */
    private void awaitJobsStarted(PortalClient agent) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String execution : executions) {
            while (System.nanoTime() < deadline) {
                Reply run = agent.get("api/v1/admin/jobs/executions/" + execution);
                if (run.status() != 200 || !run.json().isNull("endedAt")) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        assertThat(System.nanoTime()).as("the jobs the fuzzing started ended").isLessThan(deadline);
    }

    private static boolean endsSessions(String key) {
        return key.startsWith("DELETE ") && key.contains("/sessions");
    }

    private static OpenAPI servedDocument(PortalClient portal) {
        Reply served = portal.get("openapi?format=json");
        assertThat(served.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(served.body(), null, options).getOpenAPI();
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    private record Caller(String name, PortalClient client) {
    }

    /** An operation and a caller; its requests come from one stream, drawn as the rounds go. */
    private record Target(String key, Caller caller, Iterator<FuzzRequest> requests, int index) {
    }
}
