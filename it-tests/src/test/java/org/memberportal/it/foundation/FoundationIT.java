package org.memberportal.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.Deployments;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/** The portal deployed for real on Payara Micro: health, identity and the problem+json face. */
@ExtendWith({PortalEnvironment.class, ArquillianExtension.class})
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
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
        assertThat(portal().get("metrics").status()).isEqualTo(200);
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

    /** Until accounts can be activated through the API: an account with the agent's password. */
    private static void seedActiveAccount(String companyId, String email, String level) {
        PortalEnvironment.database().execute("""
                insert into accounts (id, company_id, full_name, email, email_key, level, status, password_hash,
                                      created_at, version)
                select ?, ?, 'Seeded Person', ?, ?, ?, 'ACTIVE', password_hash, current_timestamp, 0
                from agents where email_key = ?""",
                UUID.randomUUID().toString(), companyId, email, email.toLowerCase(java.util.Locale.ROOT), level,
                PortalEnvironment.AGENT_EMAIL.toLowerCase(java.util.Locale.ROOT));
    }

    private Reply login(String email, String password) {
        return portal().post("api/v1/sessions",
                Json.createObjectBuilder().add("email", email).add("password", password).build());
    }
}
