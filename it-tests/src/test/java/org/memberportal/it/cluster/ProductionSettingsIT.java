package org.memberportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable jar started as production with one setting it needs left out: it ends with status 1
 * and one log line naming that setting, before the first agent is made or anything is served. Each
 * start has a directory (and so an H2 database) of its own.
 */
class ProductionSettingsIT {

    private static final Duration REFUSED_WITHIN = Duration.ofMinutes(5);
    private static final Map<String, String> SAFE = Map.of(
            "PORTAL_ENVIRONMENT", "production",
            "PORTAL_PUBLIC_URL", "https://portal.example",
            "PORTAL_SMTP_HOST", "127.0.0.1",
            "PORTAL_OUTBOX_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "PORTAL_TRUSTED_PROXIES", "none",
            "PORTAL_BOOTSTRAP_AGENT_EMAIL", "production.agent@vendor.example",
            "PORTAL_BOOTSTRAP_AGENT_PASSWORD", "production-agent-long-password",
            "PORTAL_AUDIENCE_SYNC_SCHEDULE", "off",
            "PORTAL_COVERAGE_AUDIT_SCHEDULE", "off");

    @ParameterizedTest
    @ValueSource(strings = {"PORTAL_PUBLIC_URL", "PORTAL_SMTP_HOST", "PORTAL_OUTBOX_KEY", "PORTAL_TRUSTED_PROXIES"})
    void productionRefusesToStartWithout(String missing) throws IOException {
        Map<String, String> environment = new HashMap<>(SAFE);
        if (missing.equals("PORTAL_PUBLIC_URL")) {
            environment.put(missing, "http://portal.example"); // its default is plain http
        } else {
            environment.remove(missing);
        }
        Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "production-");
        Path jar = Path.of(System.getProperty("portal.jar", "../adapters-rest/target/member-portal.jar"));
        try (PortalInstance portal = new PortalInstance("production-without-" + missing, jar,
                PortalInstance.freePort(), environment, directory).start()) {

            assertThat(portal.awaitExit(REFUSED_WITHIN)).as("exit status; see " + portal.log()).isEqualTo(1);
            String log = Files.readString(portal.log(), StandardCharsets.UTF_8);
            assertThat(log.lines().filter(line -> line.matches(".*PORTAL_[A-Z_]+ must .*")))
                    .singleElement().asString().contains(missing + " must");
            assertThat(log).doesNotContain("Created the first support agent");
        }
    }
}
