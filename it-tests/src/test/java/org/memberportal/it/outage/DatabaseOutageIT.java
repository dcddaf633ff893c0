package org.memberportal.it.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.memberportal.it.support.FirstAgentPassword;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalJvm;

/**
 * The database goes away under a running portal with clients calling it, and comes back: no
 * restart of the portal, no client left waiting, nothing written before lost. Also the start-up
 * side: a database not there yet is waited for, one whose schema cannot be migrated ends the
 * process with a non-zero status.
 */
class DatabaseOutageIT {

    private static final int POOL_SIZE = 3;
    private static final int CLIENTS = 4;
    /** Every client call's deadline: far above the pool's wait (10 s) and the connect timeout (5 s). */
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(20);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Payara Micro boots in 15 to 60 s on these shared machines. */
    private static final Duration BOOT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theDatabaseStoppedFor30SecondsUnderLoad() throws Exception {
        try (RestartableDatabase database = new RestartableDatabase("outage");
                PortalProcess portal = PortalProcess.start("outage", Map.of(
                        "PORTAL_DB_URL", database.url(),
                        "PORTAL_DB_USER", "postgres",
                        "PORTAL_DB_PASSWORD", "postgres",
                        "PORTAL_DB_POOL_SIZE", Integer.toString(POOL_SIZE),
                        "PORTAL_DB_STARTUP_RETRY_MAX_INTERVAL", "PT2S",
                        "PORTAL_DB_STARTUP_RETRIES", "200"))) {
            // the database is not there when the portal starts: it waits and says so
            portal.awaitLog(line -> line.contains("The database cannot be reached yet"), BOOT);
            database.start();
            portal.awaitReadiness(200, BOOT);

            String agentToken = login(portal);
            String companyName = "Outage Ltd " + UUID.randomUUID();
            HttpResponse<String> created = call(portal, agentToken, "POST", "api/v1/admin/companies",
                    Json.createObjectBuilder().add("name", companyName).add("supportPeriodEndsOn", "2099-12-31").build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String companyId = json(created.body()).getString("id");

            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            AtomicLong successes = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong mostConnections = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                String path = i % 2 == 0 ? "api/v1/me" : "api/v1/admin/companies?limit=5";
                clients.submit(() -> {
                    while (running.get()) {
                        Instant sent = Instant.now();
                        try {
                            HttpResponse<String> reply = call(portal, agentToken, "GET", path, null);
                            if (reply.statusCode() == 200) {
                                successes.incrementAndGet();
                            } else if (reply.statusCode() >= 500 && reply.headers().firstValue("Content-Type")
                                    .orElse("").startsWith("application/problem+json")) {
                                failures.incrementAndGet();
                            } else {
                                unexpected.add(path + ": " + reply.statusCode() + " " + reply.body());
                            }
                        } catch (HttpTimeoutException e) {
                            unexpected.add(path + ": no answer within " + CALL_DEADLINE + " (sent " + sent + ")");
                        } catch (IOException e) {
                            unexpected.add(path + ": " + e);
                        }
                        Pause.pause(Duration.ofMillis(50));
                    }
                    return null;
                });
            }

            Instant loadUntil = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(loadUntil)) {
                mostConnections.accumulateAndGet(database.count(
                        "select count(*) from pg_stat_activity where application_name = 'member-portal'"), Math::max);
                Pause.pause(Duration.ofMillis(200));
            }

            Instant stopped = Instant.now();
            database.stop();
            portal.awaitReadiness(503, OUTAGE);
            PortalJvm.Answer down = portal.readinessAnswer();
            assertThat(down.body()).as("readiness names neither the product nor the failure")
                    .doesNotContainIgnoringCase("postgres").doesNotContain("Exception").contains("DOWN");
            long successesBeforeReturn = successes.get();
            Pause.pause(Duration.between(Instant.now(), stopped.plus(OUTAGE)));
            database.start();
            portal.awaitReadiness(200, Duration.ofMinutes(1));
            long successesAtReturn = successes.get();
            Instant recoveryDeadline = Instant.now().plusSeconds(30);
            while (successes.get() < successesAtReturn + CLIENTS && Instant.now().isBefore(recoveryDeadline)) {
                Pause.pause(Duration.ofMillis(200));
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(CALL_DEADLINE.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();

            assertThat(unexpected).as("answers other than 200 or a 5xx problem, and calls left hanging").isEmpty();
            assertThat(failures.get()).as("calls that met the outage").isPositive();
            assertThat(successesBeforeReturn).isPositive();
            assertThat(successes.get()).as("calls served after the database returned")
                    .isGreaterThanOrEqualTo(successesAtReturn + CLIENTS);
            assertThat(mostConnections.get()).as("connections of the portal's pool").isBetween(1L, (long) POOL_SIZE);

            HttpResponse<String> companies = call(portal, agentToken, "GET", "api/v1/admin/companies?limit=200", null);
            assertThat(companies.statusCode()).isEqualTo(200);
            List<String> ids = json(companies.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(company -> company.getString("id")).toList();
            assertThat(ids).as("the company written before the outage").contains(companyId);
        }
    }

    @Test
    void aSchemaThatCannotBeMigratedEndsTheProcessWithStatus1() {
        try (RestartableDatabase database = new RestartableDatabase("unmigratable")) {
            database.start();
            // a schema someone else filled, with no migration history: Flyway refuses to touch it
            database.execute("create table someone_elses (id int)");
            try (PortalProcess portal = PortalProcess.start("unmigratable", Map.of(
                    "PORTAL_DB_URL", database.url(),
                    "PORTAL_DB_USER", "postgres",
                    "PORTAL_DB_PASSWORD", "postgres"))) {
                assertThat(portal.awaitExit(BOOT)).isEqualTo(1);
                assertThat(portal.logLines()).anyMatch(line -> line.contains("The database schema could not be migrated"));
            }
        }
    }

    private String login(PortalProcess portal) throws IOException, InterruptedException {
        FirstAgentPassword.choose(portal.base().toURL(), PortalProcess.AGENT_EMAIL, PortalProcess.BOOTSTRAP_AGENT_PASSWORD,
                PortalProcess.AGENT_PASSWORD);
        HttpResponse<String> reply = call(portal, null, "POST", "api/v1/sessions", Json.createObjectBuilder()
                .add("email", PortalProcess.AGENT_EMAIL).add("password", PortalProcess.AGENT_PASSWORD).build());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return json(reply.body()).getString("token");
    }

    private HttpResponse<String> call(PortalProcess portal, String token, String method, String path, JsonObject body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.base().resolve(path)).timeout(CALL_DEADLINE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
