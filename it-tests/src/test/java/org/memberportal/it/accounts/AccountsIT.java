package org.memberportal.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Jobs;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/** The account life cycle over HTTP, with real e-mail through GreenMail. */
@ExtendWith(DeployedPortal.class)
class AccountsIT {

    @DeployedPortal.Url
    URL base;

    private PortalClient portal;
    private Members members;
    private final Mailbox mailbox = PortalEnvironment.mailbox();

    @BeforeEach
    void connect() {
        portal = new PortalClient(base);
        members = new Members(portal);
    }

    @Test
    void fromRequestToWorkingAccountWithTheLinksGreenMailReceived() {
        String acme = members.company("Acme Life Cycle");
        Member primary = members.active(acme, "PRIMARY_OWNER");
        Mailbox.Mail activation = mailbox.to(primary.email()).get(0);
        assertThat(activation.subject()).contains("Activate");
        assertThat(activation.text()).contains(PortalEnvironment.PUBLIC_URL + "/activate?token=");
        assertThat(activation.html()).contains("href=\"" + PortalEnvironment.PUBLIC_URL + "/activate?token=");

        String email = Members.address("sales");
        Reply requested = primary.client().post("api/v1/companies/" + acme + "/account-requests",
                person("Sam Sales", email, "SALES_DESIGNER"));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().getString("status")).isEqualTo("PENDING");
        assertThat(primary.client().post("api/v1/companies/" + acme + "/account-requests",
                person("Sam Again", email.toUpperCase(Locale.ROOT), "BASIC")).json().getString("type"))
                .endsWith("/duplicate-email");

        Reply approved = members.agent().post("api/v1/admin/account-requests/" + requested.json().getString("id")
                + "/approval", "");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.json().getString("status")).isEqualTo("PENDING_ACTIVATION");
        assertThat(portal.post("api/v1/sessions", login(email, Members.PASSWORD)).status()).isEqualTo(401);

        String token = mailbox.await(email, 1).token();
        assertThat(portal.post("api/v1/activations", activate(token, "short")).status()).isEqualTo(400);
        assertThat(portal.post("api/v1/activations", activate(token, Members.PASSWORD)).status()).isEqualTo(204);
        assertThat(portal.post("api/v1/activations", activate(token, Members.PASSWORD)).status()).isEqualTo(410);

        JsonObject me = portal.loggedIn(email, Members.PASSWORD).get("api/v1/me").json();
        assertThat(me.getString("level")).isEqualTo("SALES_DESIGNER");
        assertThat(me.getString("status")).isEqualTo("ACTIVE");
        assertThat(members.agent().get("api/v1/admin/audit-events?companyId=" + acme).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("ACCOUNT_OPENED", "ACCOUNT_REQUESTED", "ACCOUNT_REQUEST_APPROVED", "ACCOUNT_ACTIVATED");
    }

    @Test
    void aManagerMayNotAskForAPrimary() {
        String acme = members.company("Acme Manager");
        Member manager = members.active(acme, "MANAGER_SUPERVISOR");

        Reply reply = manager.client().post("api/v1/companies/" + acme + "/account-requests",
                person("Pia Primary", Members.address("pia"), "PRIMARY_OWNER"));

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void forgotPasswordAnswersAlikeAndSendsWhatRulesSay() {
        String acme = members.company("Acme Forgot");
        Member active = members.active(acme, "BASIC");
        String pending = Members.address("pending");
        members.agent().post("api/v1/admin/companies/" + acme + "/accounts", person("Pending Pete", pending, "BASIC"));
        mailbox.await(pending, 1);
        String nobody = Members.address("nobody");

        List<Reply> replies = List.of(
                portal.post("api/v1/password-resets", email(active.email())),
                portal.post("api/v1/password-resets", email(pending)),
                portal.post("api/v1/password-resets", email(nobody)));

        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.body()).isEqualTo(replies.get(0).body());
        });
        Mailbox.Mail reset = mailbox.await(active.email(), 2);
        assertThat(reset.text()).contains(PortalEnvironment.PUBLIC_URL + "/reset-password?token=");
        assertThat(mailbox.await(pending, 2).text()).contains("/activate?token=");
        assertThat(portal.post("api/v1/activations", activate(mailbox.await(pending, 1).token(), Members.PASSWORD))
                .status()).as("asking again leaves the first activation link working").isEqualTo(204);

        String newPassword = "a brand new passphrase";
        Reply confirmed = portal.post("api/v1/password-resets/confirm", activate(reset.token(), newPassword));
        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(active.client().get("api/v1/me").status()).as("a reset ends every session").isEqualTo(401);
        assertThat(portal.post("api/v1/password-resets/confirm", activate(reset.token(), newPassword)).status())
                .isEqualTo(410);
        assertThat(portal.post("api/v1/sessions", login(active.email(), newPassword)).status()).isEqualTo(201);
        assertThat(mailbox.to(nobody)).isEmpty();
    }

    @Test
    void theLastPrimaryIsKeptFromMembersAndAnAgentIsWarned() {
        String acme = members.company("Acme Last Primary");
        Member primary = members.active(acme, "PRIMARY_OWNER");
        Member basic = members.active(acme, "BASIC");
        Member manager = members.active(acme, "MANAGER_SUPERVISOR");

        Reply demoted = primary.client().patch(accountPath(acme, primary.id()),
                Json.createObjectBuilder().add("level", "BASIC").add("version", version(acme, primary.id())).build());
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().getString("type")).endsWith("/last-primary");

        Reply stale = primary.client().patch(accountPath(acme, basic.id()),
                Json.createObjectBuilder().add("level", "SALES_DESIGNER").add("version", 999).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("type")).endsWith("/stale-version");

        Reply deactivated = members.agent().patch(accountPath(acme, primary.id()), Json.createObjectBuilder()
                .add("status", "DEACTIVATED").add("version", version(acme, primary.id())).build());
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("code")).contains("COMPANY_WITHOUT_PRIMARY");
        assertThat(primary.client().get("api/v1/me").status()).as("sessions end at once").isEqualTo(401);
        assertThat(portal.post("api/v1/sessions", login(primary.email(), Members.PASSWORD)).status()).isEqualTo(401);

        assertThat(members.agent().get("api/v1/admin/warnings?open=true&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class))
                .filteredOn(w -> w.getString("companyId").equals(acme))
                .extracting(w -> w.getString("code"))
                .containsExactly("COMPANY_WITHOUT_PRIMARY");
        assertThat(mailbox.await(manager.email(), 2).text()).as("the Manager is told by direct e-mail")
                .contains("no active Primary");
    }

    @Test
    void theCoverageAuditRunsAsABatchJobAndRaisesNothingTwice() {
        String acme = members.company("Acme Audit");
        members.active(acme, "PRIMARY_OWNER");

        JsonObject first = runToTheEnd("coverage-audit");
        JsonObject second = runToTheEnd("coverage-audit");

        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        assertThat(first.getInt("readCount")).isPositive();
        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        assertThat(members.agent().get("api/v1/admin/warnings?open=true&limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class))
                .filteredOn(w -> w.getString("companyId").equals(acme))
                .extracting(w -> w.getString("code"))
                .containsExactly("COMPANY_WITH_SINGLE_PRIMARY");
    }

    private JsonObject runToTheEnd(String job) {
        return Jobs.run(members.agent(), job, Duration.ofMinutes(1));
    }

    @Test
    void anotherCompanysStaffIsNotFound() {
        Member acmePrimary = members.active(members.company("Acme Isolation"), "PRIMARY_OWNER");
        String globex = members.company("Globex Isolation");
        Member globexBasic = members.active(globex, "BASIC");

        assertThat(acmePrimary.client().get("api/v1/companies/" + globex + "/accounts").status()).isEqualTo(404);
        assertThat(acmePrimary.client().patch(accountPath(globex, globexBasic.id()),
                Json.createObjectBuilder().add("status", "DEACTIVATED").add("version", 1).build()).status())
                .isEqualTo(404);
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        Member member = members.active(members.company("Acme Throttle"), "BASIC");

        for (int i = 0; i < 5; i++) {
            assertThat(portal.post("api/v1/sessions", login(member.email(), "wrong guess " + i)).status())
                    .as("the first five failures are free").isEqualTo(401);
        }
        Reply throttled = failUntilThrottled(null, member.email());

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    @Test
    void theForwardedClientIsBelievedOnlyFromATrustedProxy() throws Exception {
        String acme = members.company("Acme Proxy");
        Member member = members.active(acme, "BASIC");

        assertThat(failUntilThrottled("198.51.100.23", member.email()).status()).isEqualTo(429);
        assertThat(forwarded("198.51.100.24", member.email(), Members.PASSWORD).status())
                .as("through the trusted proxy, another client is not held back").isEqualTo(201);

        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            status = postFromUntrustedPeer("api/v1/sessions", login(member.email(), "wrong guess " + i).toString(),
                    "198.51.100." + (100 + i));
        }
        assertThat(status).as("from an untrusted peer the header is ignored: every try is the peer's").isEqualTo(429);
        assertThat(forwarded("198.51.100.25", member.email(), Members.PASSWORD).status()).isEqualTo(201);

        List<JsonObject> trail = auditOf(acme, member.id());
        assertThat(trail).extracting(e -> e.getString("action"))
                .contains("SIGNED_IN", "SIGN_IN_FAILED", "SIGN_IN_DELAYED");
        assertThat(trail).filteredOn(e -> e.getString("action").equals("SIGN_IN_FAILED"))
                .extracting(e -> e.getString("details"))
                .anyMatch(d -> d.contains("client 198.51.100.23"))
                .anyMatch(d -> d.contains("client " + PortalEnvironment.UNTRUSTED_PEER))
                .noneMatch(d -> d.contains("client 198.51.100.100"));
    }

    @Test
    void aStrangerCannotLockAnAgentOut() {
        assertThat(failUntilThrottled("203.0.113.66", PortalEnvironment.AGENT_EMAIL).status()).isEqualTo(429);

        assertThat(portal.post("api/v1/sessions", login(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD))
                .status()).as("the agent from their own address").isEqualTo(201);
        assertThat(forwarded("192.0.2.44", PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD).status())
                .as("the agent from another office").isEqualTo(201);
    }

    @Test
    void strangersFailing200TimesFrom20ClientsDoNotKeepThePrimaryOutOfTheirDevice() {
        Member owner = members.active(members.company("Acme Device"), "PRIMARY_OWNER");
        Reply first = forwarded("198.51.100.200", owner.email(), Members.PASSWORD, null);
        assertThat(first.status()).isEqualTo(201);
        String device = first.json().getString("deviceToken");
        assertThat(device).isNotBlank();

        for (int i = 0; i < 200; i++) {
            assertThat(forwarded("203.0.113." + (i % 20), owner.email(), "wrong guess " + i, null).status())
                    .isIn(401, 429);
        }
        assertThat(forwarded("198.51.100.201", owner.email(), Members.PASSWORD, null).status())
                .as("without the device token: the account's cap holds for the right password too").isEqualTo(429);

        Reply fromDevice = forwarded("198.51.100.201", owner.email(), Members.PASSWORD, device);
        assertThat(fromDevice.status()).as("the owner's device, at once").isEqualTo(201);
        assertThat(fromDevice.json().getString("deviceToken")).isEqualTo(device);
        assertThat(forwarded("198.51.100.201", owner.email(), Members.PASSWORD, "a token the portal never gave")
                .status()).isEqualTo(429);
    }

    @Test
    void twentyJunkResetsFromOneClientLeaveTheOwnersResetToArrive() {
        Member victim = members.active(members.company("Acme Junk Resets"), "BASIC");
        int before = mailbox.to(victim.email()).size();

        for (int i = 0; i < 20; i++) {
            assertThat(forwardedPost("203.0.113.77", "api/v1/password-resets", email(victim.email())).status())
                    .isEqualTo(202);
        }
        assertThat(forwardedPost("198.51.100.77", "api/v1/password-resets", email(victim.email())).status())
                .isEqualTo(202);

        // three for the junk client's budget, the fourth is the owner's: the relay may send them in any
        // order, and each new link replaces the earlier ones, so the owner's is the one that still works
        mailbox.await(victim.email(), before + 4);
        List<Integer> confirmations = mailbox.to(victim.email()).stream().skip(before)
                .map(mail -> portal.post("api/v1/password-resets/confirm",
                        activate(mail.token(), "the owner's new passphrase")).status())
                .toList();
        assertThat(confirmations).as("the reset links' confirmations").contains(204);
    }

    @Test
    void aSessionUnusedForLongerThanTheIdleTimeoutEnds() throws Exception {
        Member member = members.active(members.company("Acme Idle"), "BASIC");
        String idle = loginToken(member.email());
        PortalClient busy = portal.loggedIn(member.email(), Members.PASSWORD);
        assertThat(portal.as(idle).get("api/v1/me").status()).isEqualTo(200);

        // as if the last request had come 31 minutes ago (the default idle timeout is 30)
        assertThat(PortalEnvironment.database().execute("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(31), sha256(idle))).isEqualTo(1);

        // written behind the portal's back: on PostgreSQL an instance that kept the session in memory
        // hears of the change a moment after it commits, not before its next request
        Pause.until(Duration.ofSeconds(5), "the idle session ends",
                () -> portal.as(idle).get("api/v1/me").status() == 401);
        assertThat(busy.get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aHashWithOlderParametersStillWorksAndIsReplacedAtLogin() throws Exception {
        String acme = members.company("Acme Old Hash");
        Member member = members.active(acme, "BASIC");
        PortalEnvironment.database().execute("UPDATE accounts SET password_hash = ? WHERE id = ?",
                pbkdf2Sha256(Members.PASSWORD), member.id());

        PortalClient loggedIn = portal.loggedIn(member.email(), Members.PASSWORD);

        assertThat(loggedIn.get("api/v1/me").status()).isEqualTo(200);
        assertThat(passwordHashOf(member.id()))
                .startsWith("PBKDF2WithHmacSHA512:" + PortalEnvironment.PASSWORD_ITERATIONS + ":");
        assertThat(portal.post("api/v1/sessions", login(member.email(), Members.PASSWORD)).status()).isEqualTo(201);
        assertThat(loggedIn.post("api/v1/me/password", passwordChange(Members.PASSWORD, "the newest passphrase"))
                .status()).isEqualTo(204);
        assertThat(auditOf(acme, member.id())).extracting(e -> e.getString("action"))
                .contains("PASSWORD_CHANGED", "SIGNED_IN");
    }

    /** Fails logins for this address from this forwarded client (null: the tests' own) until one is throttled. */
    private Reply failUntilThrottled(String client, String email) {
        Reply reply = null;
        // the waits double from 1 s: however slow a request is, one arrives within a wait by the 12th
        for (int i = 0; i < 12 && (reply == null || reply.status() != 429); i++) {
            reply = client == null ? portal.post("api/v1/sessions", login(email, "wrong guess " + i))
                    : forwarded(client, email, "wrong guess " + i);
            assertThat(reply.status()).isIn(401, 429);
        }
        return reply;
    }

    private Reply forwarded(String client, String email, String password) {
        return forwarded(client, email, password, null);
    }

    /** A POST through the trusted proxy for this client. */
    private Reply forwardedPost(String client, String path, JsonObject body) {
        return portal.send(HttpRequest.newBuilder(portal.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A login through the trusted proxy for this client, showing this device token (null: none). */
    private Reply forwarded(String client, String email, String password, String deviceToken) {
        return forwardedPost(client, "api/v1/sessions", deviceToken == null ? login(email, password)
                : Json.createObjectBuilder(login(email, password)).add("deviceToken", deviceToken).build());
    }

    /**
     * A POST from {@link PortalEnvironment#UNTRUSTED_PEER}: the JDK's HTTP client cannot choose its
     * local address on Java 17, so this one request is written by hand. Answers the status.
     */
    private int postFromUntrustedPeer(String path, String json, String forwardedFor) throws IOException {
        URI target = portal.resolve(path);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(PortalEnvironment.UNTRUSTED_PEER, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nContent-Type: application/json\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private List<JsonObject> auditOf(String company, String accountId) {
        JsonArray items = members.agent().get("api/v1/admin/audit-events?companyId=" + company + "&limit=100").json()
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(e -> accountId.equals(e.getString("subject", null)))
                .toList();
    }

    private String loginToken(String email) {
        Reply reply = portal.post("api/v1/sessions", login(email, Members.PASSWORD));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().getString("token");
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** A hash as the portal made them before: PBKDF2-HMAC-SHA256, Jakarta Security's format. */
    private static String pbkdf2Sha256(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private static String passwordHashOf(String accountId) throws Exception {
        try (Connection connection = PortalEnvironment.database().connect();
                PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM accounts WHERE id = ?")) {
            select.setString(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionAndSigningOutEverywhereEndsThemAll() {
        Member member = members.active(members.company("Acme Hygiene"), "BASIC");
        PortalClient here = portal.loggedIn(member.email(), Members.PASSWORD);
        PortalClient elsewhere = portal.loggedIn(member.email(), Members.PASSWORD);
        String newPassword = "a much longer new passphrase";

        assertThat(here.post("api/v1/me/password", passwordChange("not the current one", newPassword)).status())
                .isEqualTo(401);
        Reply weak = here.post("api/v1/me/password", passwordChange(Members.PASSWORD, "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getString("type")).endsWith("weak-password");
        assertThat(here.post("api/v1/me/password", passwordChange(Members.PASSWORD, newPassword)).status())
                .isEqualTo(204);

        assertThat(here.get("api/v1/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("api/v1/me").status()).isEqualTo(401);
        assertThat(portal.post("api/v1/sessions", login(member.email(), Members.PASSWORD)).status()).isEqualTo(401);

        PortalClient third = portal.loggedIn(member.email(), newPassword);
        assertThat(here.delete("api/v1/me/sessions").status()).isEqualTo(204);
        assertThat(here.get("api/v1/me").status()).isEqualTo(401);
        assertThat(third.get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void eMailsQueuedDuringAnSmtpOutageAreDeliveredOnceItIsBack() {
        String acme = members.company("Acme Outage");
        List<String> addresses = new ArrayList<>();
        mailbox.down();
        try {
            for (int i = 0; i < 3; i++) {
                String email = Members.address("outage" + i);
                addresses.add(email);
                members.agent().post("api/v1/admin/companies/" + acme + "/accounts", person("Outage " + i, email, "BASIC"));
            }
            awaitOutbox(items -> items.stream().filter(i -> addresses.contains(i.getString("to")))
                    .allMatch(i -> i.getInt("attempts") >= 1 && i.getString("state").equals("QUEUED")));
        } finally {
            mailbox.up();
        }

        for (String email : addresses) {
            assertThat(mailbox.await(email, 1).token()).isNotBlank();
        }
        awaitOutbox(items -> items.stream().filter(i -> addresses.contains(i.getString("to")))
                .allMatch(i -> i.getString("state").equals("SENT")));
    }

    /** Every endpoint of the accounts issue, for every level and an agent, on their own company and another. */
    @Test
    void everyEndpointAnswersWhatTheCapabilityMatrixSays() {
        String own = members.company("Matrix Own");
        String other = members.company("Matrix Other");
        List<Member> callers = new ArrayList<>();
        for (PermissionLevel level : PermissionLevel.values()) {
            callers.add(members.active(own, level.name()));
        }
        Member ownTarget = members.active(own, "BASIC");
        Member otherTarget = members.active(other, "BASIC");
        SoftAssertions softly = new SoftAssertions();

        for (Member caller : callers) {
            PermissionLevel level = PermissionLevel.valueOf(caller.level());
            for (String company : List.of(own, other)) {
                boolean home = company.equals(own);
                String target = home ? ownTarget.id() : otherTarget.id();
                String label = level + " on " + (home ? "own" : "another") + " company: ";
                int staff = expected(home, level, Capability.MANAGE_STAFF_ACCOUNTS, 200);
                int requests = expected(home, level, Capability.REQUEST_STAFF_ACCOUNTS, 200);

                softly.assertThat(caller.client().get("api/v1/companies/" + company + "/accounts").status())
                        .as(label + "GET accounts").isEqualTo(staff);
                softly.assertThat(caller.client().get("api/v1/companies/" + company + "/account-requests").status())
                        .as(label + "GET account-requests").isEqualTo(requests);
                softly.assertThat(caller.client().post("api/v1/companies/" + company + "/account-requests",
                        person("Matrix Person", Members.address("matrix"), "BASIC")).status())
                        .as(label + "POST account-requests")
                        .isEqualTo(expected(home, level, Capability.REQUEST_STAFF_ACCOUNTS, 201));
                softly.assertThat(caller.client().patch(accountPath(company, target), Json.createObjectBuilder()
                        .add("level", "BASIC").add("version", version(company, target)).build()).status())
                        .as(label + "PATCH account").isEqualTo(staff);
            }
            for (String adminPath : List.of("admin/companies", "admin/account-requests", "admin/audit-events",
                    "admin/outbox")) {
                softly.assertThat(caller.client().get("api/v1/" + adminPath).status())
                        .as(level + ": GET " + adminPath).isEqualTo(403);
            }
            softly.assertThat(caller.client().post("api/v1/admin/companies/" + own + "/accounts",
                    person("Nope", Members.address("nope"), "BASIC")).status())
                    .as(level + ": POST admin accounts").isEqualTo(403);
        }

        PortalClient agent = members.agent();
        softly.assertThat(agent.get("api/v1/companies/" + own + "/accounts").status()).as("agent: GET accounts")
                .isEqualTo(200);
        softly.assertThat(agent.get("api/v1/companies/" + own + "/account-requests").status())
                .as("agent: GET account-requests").isEqualTo(200);
        softly.assertThat(agent.post("api/v1/companies/" + own + "/account-requests",
                person("Agent Person", Members.address("agent"), "BASIC")).status())
                .as("agent: POST account-requests (members only)").isEqualTo(403);
        softly.assertThat(agent.patch(accountPath(own, ownTarget.id()), Json.createObjectBuilder().add("level", "BASIC")
                .add("version", version(own, ownTarget.id())).build()).status()).as("agent: PATCH account")
                .isEqualTo(200);
        for (String adminPath : List.of("admin/companies", "admin/account-requests", "admin/audit-events",
                "admin/outbox")) {
            softly.assertThat(agent.get("api/v1/" + adminPath).status()).as("agent: GET " + adminPath).isEqualTo(200);
        }
        softly.assertThat(portal.get("api/v1/companies/" + own + "/accounts").status()).as("nobody").isEqualTo(401);
        softly.assertAll();
    }

    /** Another company's data is not found; one's own answers by the matrix. */
    private static int expected(boolean home, PermissionLevel level, Capability capability, int success) {
        if (!home) {
            return 404;
        }
        return CapabilityMatrix.grants(level, capability) ? success : 403;
    }

    private long version(String company, String accountId) {
        return members.agent().get("api/v1/companies/" + company + "/accounts?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(accountId))
                .findFirst().orElseThrow().getJsonNumber("version").longValue();
    }

    private void awaitOutbox(Function<List<JsonObject>, Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> items = members.agent().get("api/v1/admin/outbox?limit=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            if (condition.apply(items)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the outbox never reached the expected state");
    }

    private static String accountPath(String company, String account) {
        return "api/v1/companies/" + company + "/accounts/" + account;
    }

    private static JsonObject person(String fullName, String email, String level) {
        return Json.createObjectBuilder().add("fullName", fullName).add("email", email).add("level", level).build();
    }

    private static JsonObject login(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build();
    }

    private static JsonObject passwordChange(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }

    private static JsonObject activate(String token, String password) {
        return Json.createObjectBuilder().add("token", token).add("password", password).build();
    }

    private static JsonObject email(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }
}
