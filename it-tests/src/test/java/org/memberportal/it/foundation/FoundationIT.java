package org.memberportal.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The portal deployed for real on Payara Micro: health, identity, the problem+json face, and what
 * it shows an attacker (headers, limits, hostile input, secrets in the outbox).
 */
@ExtendWith(DeployedPortal.class)
class FoundationIT {

    @DeployedPortal.Url
    URL base;

    private PortalClient portal() {
        return new PortalClient(base);
    }

    private PortalClient agent() {
        return portal().loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    @Test
    void isReadyWhenItsDatabaseAnswers() {
        Reply ready = portal().get("health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("database");
    }

    @Test
    void publishesItsOpenApiDocumentAndMetrics() {
        assertThat(portal().get("openapi").body()).contains("/api/v1/sessions");
        // metrics are for a scraper with credentials of the runtime's file realm, not for the public
        assertThat(portal().get("metrics").status()).isIn(401, 403);
    }

    @Test
    void theBootstrapAgentLogsInAndIsAnAgent() {
        Reply me = agent().get("api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("role")).isEqualTo("AGENT");
        assertThat(me.json().getString("email")).isEqualTo(PortalEnvironment.AGENT_EMAIL);
        assertThat(me.json().containsKey("company")).isFalse();
    }

    @Test
    void withoutATokenTheCallerIsNobody() {
        Reply me = portal().get("api/v1/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.header("WWW-Authenticate")).contains("Bearer");
        assertThat(portal().as("not-a-token").get("api/v1/admin/companies").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndUnknownAddressAreRefusedAlike() {
        Reply wrong = login(PortalEnvironment.AGENT_EMAIL, "not the password");
        Reply unknown = login("nobody-" + UUID.randomUUID() + "@vendor.example", "not the password");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void aLoggedOutTokenStopsWorking() {
        PortalClient agent = agent();
        assertThat(agent.get("api/v1/me").status()).isEqualTo(200);

        assertThat(agent.delete("api/v1/sessions/current").status()).isEqualTo(204);

        assertThat(agent.get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aMemberSeesTheirCapabilitiesButNotTheAdminConsole() {
        PortalClient agent = agent();
        String companyId = agent.post("api/v1/admin/companies", Json.createObjectBuilder()
                .add("name", "Foundation Test Co").add("supportPeriodEndsOn", "2030-01-01").build())
                .json().getString("id");
        String email = "manager-" + UUID.randomUUID() + "@customer.example";
        seedActiveAccount(companyId, email, "MANAGER_SUPERVISOR");

        PortalClient manager = portal().loggedIn(email, PortalEnvironment.AGENT_PASSWORD);
        JsonObject me = manager.get("api/v1/me").json();

        assertThat(me.getString("level")).isEqualTo("MANAGER_SUPERVISOR");
        assertThat(me.getJsonObject("company").getString("id")).isEqualTo(companyId);
        assertThat(me.getJsonArray("capabilities").getValuesAs(jakarta.json.JsonString::getString))
                .contains("REQUEST_STAFF_ACCOUNTS", "SEE_COMPANY_TICKETS")
                .doesNotContain("SEE_LICENSE_KEYS");
        Reply admin = manager.get("api/v1/admin/companies");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblemWithoutAStackTrace() {
        Reply reply = portal().post("api/v1/sessions", "{\"email\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidFieldsAreListed() {
        Reply reply = portal().post("api/v1/sessions", "{\"email\": \"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("email", "password");
    }

    @Test
    void jaxRsOwnErrorsAreProblemsToo() {
        PortalClient agent = agent();

        Reply notFound = agent.get("api/v1/no-such-thing");
        Reply notAllowed = agent.send("PUT", "api/v1/me", "application/json", "{}");
        Reply unsupported = portal().send("POST", "api/v1/sessions", "text/plain", "hello");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.header("Allow")).isPresent();
        assertThat(unsupported.status()).isEqualTo(415);
        for (Reply reply : new Reply[] {notFound, notAllowed, unsupported}) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void healthSaysUpWithoutNamingTheDatabase() {
        Reply ready = portal().get("health/ready");

        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("h2")
                .doesNotContain("product").doesNotContain("Exception");
    }

    @Test
    void underSmtpTheOutboxNeverShowsALinksToken() throws Exception {
        Members members = new Members(portal(), agent());
        String company = members.company("Outbox Secrets Co");
        String email = Members.address("outbox-secret");
        Mailbox mailbox = PortalEnvironment.mailbox();
        List<String> storedWhileQueued;
        mailbox.down();
        try {
            members.open(company, "Olive Outbox", email, "BASIC");
            JsonObject queued = awaitOutbox(email, e -> e.getString("state").equals("QUEUED") && e.getInt("attempts") > 0);
            assertThat(queued.getString("textBody")).contains("activate?token=[link-token-hidden]");
            storedWhileQueued = storedOutboxColumns(email);
        } finally {
            mailbox.up();
        }
        String token = mailbox.await(email, 1).token();
        JsonObject sent = awaitOutbox(email, e -> e.getString("state").equals("SENT"));

        assertThat(token).hasSizeGreaterThan(20);
        assertThat(storedWhileQueued).as("a backup taken while the e-mail waited").noneMatch(c -> c.contains(token));
        assertThat(sent.toString()).doesNotContain(token);
        assertThat(sent.containsKey("textBody") && !sent.isNull("textBody")).as("a sent body is not shown").isFalse();
        assertThat(storedOutboxColumns(email)).as("a backup taken after delivery").noneMatch(c -> c.contains(token));
        assertThat(mailbox.await(email, 1).text()).contains("activate?token=" + token);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoBanner() {
        PortalClient agent = agent();
        List<Reply> api = List.of(agent.get("api/v1/me"), agent.get("api/v1/admin/companies"),
                portal().get("api/v1/me"), login(PortalEnvironment.AGENT_EMAIL, "not the password"),
                agent.get("api/v1/no-such-thing"));
        List<Reply> sample = new ArrayList<>(api);
        sample.add(portal().get("no-such-page"));
        // the runtime's own endpoints, which the portal's filter covers as it does its own
        List<Reply> runtime = List.of(portal().get("openapi"), portal().get("health"), portal().get("health/ready"));
        sample.addAll(runtime);
        for (Reply reply : runtime) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.header("X-Frame-Options")).as(reply.toString()).contains("DENY");
            assertThat(reply.header("Content-Security-Policy")).as(reply.toString()).get(InstanceOfAssertFactories.STRING)
                    .contains("default-src 'none'").contains("frame-ancestors 'none'");
        }

        for (Reply reply : api) {
            assertThat(reply.header("Cache-Control")).as(reply.toString()).contains("no-store");
        }
        for (Reply reply : sample) {
            assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).contains("nosniff");
            assertThat(reply.header("Strict-Transport-Security")).as("the public URL is https").isPresent();
            assertThat(reply.header("Server")).as(reply.toString()).isEmpty();
            assertThat(reply.header("X-Powered-By")).as(reply.toString()).isEmpty();
        }
    }

    @Test
    void theServersOwnErrorPagesAreProblemsToo() throws IOException {
        Reply unknownPage = portal().get("no-such-page");
        Reply unknownMethod = portal().send("DELETE", "index.html", "text/plain", "");

        for (Reply reply : List.of(unknownPage, unknownMethod)) {
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("<html");
        }
        // what the HTTP layer itself answers, below the servlets: no page naming the server
        for (String raw : List.of(rawRequest("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                rawRequest("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\nConnection: close\r\n\r\n"))) {
            assertThat(raw).doesNotStartWith("HTTP/1.1 5").doesNotContainIgnoringCase("payara")
                    .doesNotContainIgnoringCase("\r\nserver:").doesNotContainIgnoringCase("<html");
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        String huge = "{\"email\": \"" + "a".repeat(1024 * 1024) + "\", \"password\": \"x\"}";

        Reply declared = portal().post("api/v1/sessions", huge);
        Reply chunked = chunkedPost("api/v1/sessions", huge);
        Reply small = portal().post("api/v1/sessions", "{\"email\": \"a@b.example\", \"password\": \"x\"}");

        for (Reply reply : List.of(declared, chunked)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(small.status()).isEqualTo(401);
    }

    @Test
    void corsIsClosedToOtherOrigins() {
        Reply preflight = send(HttpRequest.newBuilder(resolve("api/v1/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        Reply simple = send(HttpRequest.newBuilder(resolve("api/v1/me")).GET().header("Origin", "https://evil.example"));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.contentType()).startsWith("application/problem+json");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(simple.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void hostileInputIsTheCallersMistakeNeverA500() {
        Members members = new Members(portal(), agent());
        PortalClient agent = members.agent();
        String company = members.company("Hostile Input Co");
        List<Reply> refused = new ArrayList<>();
        refused.add(agent.post("api/v1/admin/companies/" + company + "/accounts", Json.createObjectBuilder()
                .add("fullName", "Eve\r\nBcc: everyone@example.com").add("email", Members.address("eve"))
                .add("level", "BASIC").build()));
        refused.add(agent.post("api/v1/admin/companies/" + company + "/accounts", Json.createObjectBuilder()
                .add("fullName", "Eve").add("email", "eve\u0000\u0007@customer.example").add("level", "BASIC").build()));
        refused.add(portal().post("api/v1/sessions", Json.createObjectBuilder()
                .add("email", "eve\u0000@customer.example").add("password", "whatever it is").build()));
        refused.add(portal().post("api/v1/password-resets", Json.createObjectBuilder()
                .add("email", "eve\u0000@customer.example").build()));
        refused.add(agent.post("api/v1/admin/companies", Json.createObjectBuilder()
                .add("name", "Null\u0000Byte Ltd").add("supportPeriodEndsOn", "2030-01-01").build()));
        String forgedCursor = Base64.getUrlEncoder().encodeToString("x\u0000' or 1=1".getBytes(StandardCharsets.UTF_8));
        for (String list : List.of("admin/companies", "admin/account-requests", "admin/audit-events", "admin/outbox",
                "companies/" + company + "/accounts", "companies/" + company + "/account-requests",
                "companies/" + company + "/tickets", "companies/" + company + "/licenses", "admin/jobs/executions")) {
            refused.add(agent.get("api/v1/" + list + "?limit=abc"));
            refused.add(agent.get("api/v1/" + list + "?cursor=" + forgedCursor));
            refused.add(agent.get("api/v1/" + list + "?cursor=%25%00!!"));
        }
        // PostgreSQL refuses a NUL in any text: a filter holding one is the caller's mistake too
        refused.add(agent.get("api/v1/admin/audit-events?companyId=%00"));
        refused.add(agent.get("api/v1/admin/audit-events?companyId=" + company + "%00"));

        SoftAssertions softly = new SoftAssertions();
        for (Reply reply : refused) {
            softly.assertThat(reply.status()).as(reply.toString()).isIn(400, 404);
            softly.assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
            softly.assertThat(reply.body()).as(reply.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        softly.assertAll();
    }

    @Test
    void twoApprovalsOfOneRequestAtOnceAreOneSuccessAndOneConflict() throws Exception {
        Members members = new Members(portal(), agent());
        String company = members.company("Race Co");
        Members.Member primary = members.active(company, "PRIMARY_OWNER");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String request = primary.client().post("api/v1/companies/" + company + "/account-requests",
                        Json.createObjectBuilder().add("fullName", "Racy Person").add("email", Members.address("racy"))
                                .add("level", "BASIC").build()).json().getString("id");
                CountDownLatch start = new CountDownLatch(1);
                Callable<Reply> approve = () -> {
                    start.await();
                    return members.agent().post("api/v1/admin/account-requests/" + request + "/approval", "{}");
                };
                Future<Reply> first = pool.submit(approve);
                Future<Reply> second = pool.submit(approve);
                start.countDown();
                List<Reply> replies = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

                assertThat(replies).extracting(Reply::status).as(replies.toString()).allMatch(s -> s < 300 || s == 409);
                assertThat(replies).filteredOn(r -> r.status() < 300).as(replies.toString()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonObject awaitOutbox(String email, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Members members = new Members(portal(), agent());
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> entry = members.emailsTo(email).stream().filter(condition).findFirst();
            if (entry.isPresent()) {
                return entry.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the outbox entry to " + email + " never reached the expected state");
    }

    /** The outbox rows to this address as the database holds them: what a backup would hold. */
    private static List<String> storedOutboxColumns(String email) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = PortalEnvironment.database().connect();
                PreparedStatement query = connection.prepareStatement(
                        "select text_body, html_body, sealed_secret, subject from outbox where recipient = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (int i = 1; i <= 4; i++) {
                        columns.add(String.valueOf(rows.getString(i)));
                    }
                }
            }
        }
        assertThat(columns).as("rows to " + email).isNotEmpty();
        return columns;
    }

    private URI resolve(String path) {
        return portal().resolve(path);
    }

    private Reply chunkedPost(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    private Reply send(HttpRequest.Builder request) {
        return portal().send(request.timeout(Duration.ofSeconds(30)));
    }

    /** A request as bytes on a socket, for what an HTTP client library would refuse to send. */
    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Until accounts can be activated through the API: an account with the agent's password. */
    private static void seedActiveAccount(String companyId, String email, String level) {
        String id = UUID.randomUUID().toString();
        PortalEnvironment.database().execute("""
                insert into accounts (id, full_name, email, email_key, password_hash, created_at, version)
                select ?, 'Seeded Person', ?, ?, password_hash, current_timestamp, 0
                from agents where email_key = ?""",
                id, email, email.toLowerCase(java.util.Locale.ROOT),
                PortalEnvironment.AGENT_EMAIL.toLowerCase(java.util.Locale.ROOT));
        PortalEnvironment.database().execute("""
                insert into memberships (id, account_id, company_id, level, status, created_at, version)
                values (?, ?, ?, ?, 'ACTIVE', current_timestamp, 0)""", id, id, companyId, level);
    }

    private Reply login(String email, String password) {
        return portal().post("api/v1/sessions",
                Json.createObjectBuilder().add("email", email).add("password", password).build());
    }
}
