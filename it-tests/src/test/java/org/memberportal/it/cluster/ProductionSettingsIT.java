package org.memberportal.it.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar started as production with one setting it needs left out: it ends with status 1
 * and one log line naming that setting, before the first agent is made or anything is served. Each
 * start has a directory (and so an H2 database) of its own; the four start at once, as their boots
 * share nothing.
 */
class ProductionSettingsIT {

    private static final Duration REFUSED_WITHIN = Duration.ofMinutes(5);
    private static final List<String> NEEDED = List.of("PORTAL_PUBLIC_URL", "PORTAL_SMTP_HOST", "PORTAL_OUTBOX_KEY",
            "PORTAL_TRUSTED_PROXIES");
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

    @Test
    void productionRefusesToStartWithoutEachSettingItNeeds() throws IOException {
        Path jar = Path.of(System.getProperty("portal.jar", "../adapters-rest/target/member-portal.jar"));
        Map<String, PortalInstance> without = new LinkedHashMap<>();
        try {
            for (String missing : NEEDED) {
                Path directory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "production-");
                without.put(missing, new PortalInstance("production-without-" + missing, jar,
                        PortalInstance.freePort(), environmentWithout(missing), directory).start());
            }
            SoftAssertions softly = new SoftAssertions();
            for (Map.Entry<String, PortalInstance> each : without.entrySet()) {
                String missing = each.getKey();
                PortalInstance portal = each.getValue();
                softly.assertThat(portal.awaitExit(REFUSED_WITHIN)).as("exit status without %s; see %s", missing,
                        portal.log()).isEqualTo(1);
                String log = Files.readString(portal.log(), StandardCharsets.UTF_8);
                softly.assertThat(log.lines().filter(line -> line.matches(".*PORTAL_[A-Z_]+ must .*")))
                        .as("the refusal without %s", missing)
                        .singleElement().asString().contains(missing + " must");
                softly.assertThat(log).as("without %s", missing).doesNotContain("Created the first support agent");
            }
            softly.assertAll();
        } finally {
            without.values().forEach(PortalInstance::close);
        }
    }

    private static Map<String, String> environmentWithout(String missing) {
        Map<String, String> environment = new HashMap<>(SAFE);
        if (missing.equals("PORTAL_PUBLIC_URL")) {
            environment.put(missing, "http://portal.example"); // its default is plain http
        } else {
            environment.remove(missing);
        }
        return environment;
    }
}
