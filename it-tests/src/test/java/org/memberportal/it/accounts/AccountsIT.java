package org.memberportal.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.it.support.Deployments;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/** The account life cycle over HTTP, with real e-mail through GreenMail. */
@ExtendWith({PortalEnvironment.class, ArquillianExtension.class})
class AccountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
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
        Reply started = members.agent().post("api/v1/admin/jobs/" + job + "/executions", "{}");
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().getString("executionId");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject execution = members.agent().get("api/v1/admin/jobs/executions/" + id).json();
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(execution.getString("status"))) {
                return execution;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("execution " + id + " of " + job + " did not end");
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

        for (int i = 0; i < 10; i++) {
            assertThat(portal.post("api/v1/sessions", login(member.email(), "wrong guess " + i)).status())
                    .isEqualTo(401);
        }
        Reply throttled = portal.post("api/v1/sessions", login(member.email(), Members.PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
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
