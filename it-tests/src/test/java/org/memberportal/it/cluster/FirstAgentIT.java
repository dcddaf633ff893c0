package org.memberportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;

/**
 * The first agent of a new portal (the runnable jar on an H2 database of its own): the bootstrap
 * password came from the settings, so until the agent chose its own, its session only sees who it
 * is, enrols a second factor, changes the password or signs out.
 */
class FirstAgentIT {

    private static final String EMAIL = "first.agent@vendor.example";
    private static final String BOOTSTRAP_PASSWORD = "bootstrap password from the settings";
    private static final String OWN_PASSWORD = "the first agent's own passphrase";

    @Test
    void theFirstAgentMustChangeTheBootstrapPasswordBeforeAnythingElse() throws IOException {
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "first-agent-");
        Path jar = Path.of(System.getProperty("portal.jar", "../adapters-rest/target/member-portal.jar"));
        try (PortalInstance instance = new PortalInstance("first-agent", jar, PortalInstance.freePort(), Map.of(
                "PORTAL_BOOTSTRAP_AGENT_EMAIL", EMAIL,
                "PORTAL_BOOTSTRAP_AGENT_PASSWORD", BOOTSTRAP_PASSWORD,
                "PORTAL_SECOND_FACTOR_REQUIRED", "none",
                "PORTAL_AUDIENCE_SYNC_SCHEDULE", "off",
                "PORTAL_COVERAGE_AUDIT_SCHEDULE", "off"), directory).start().awaitReady()) {
            PortalClient portal = new PortalClient(instance.base());
            PortalClient agent = portal.loggedIn(EMAIL, BOOTSTRAP_PASSWORD);

            Reply refused = agent.get("api/v1/admin/companies");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("type")).endsWith("/password-change-required");
            assertThat(agent.get("api/v1/me").status()).isEqualTo(200);
            assertThat(agent.post("api/v1/me/password", Json.createObjectBuilder()
                    .add("currentPassword", BOOTSTRAP_PASSWORD).add("newPassword", OWN_PASSWORD).build()).status())
                    .isEqualTo(204);

            assertThat(agent.get("api/v1/admin/companies").status()).isEqualTo(200);
            assertThat(agent.get("api/v1/admin/outbox").json().toString()).contains("Your password was changed");
            assertThat(portal.post("api/v1/sessions", Json.createObjectBuilder().add("email", EMAIL)
                    .add("password", BOOTSTRAP_PASSWORD).build()).status()).isEqualTo(401);
        }
    }
}
