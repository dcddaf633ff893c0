package org.memberportal.it.outage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.PortalJvm;

/**
 * The portal as operators run it: its own JVM, Payara Micro started with the options the runnable
 * jar is built with (ROOT.war, the data source and driver on the runtime's class path, the
 * post-boot commands, no data grid), configured by environment variables only.
 */
final class PortalProcess implements AutoCloseable {

    static final String AGENT_EMAIL = "outage.agent@vendor.example";
    static final String AGENT_PASSWORD = "outage-agent-long-password";
    static final String BOOTSTRAP_AGENT_PASSWORD = "outage-agent-bootstrap-password";

    private static final Duration LOOK_EVERY = Duration.ofMillis(500);

    private final PortalJvm jvm;

    private PortalProcess(PortalJvm jvm) {
        this.jvm = jvm;
    }

    static PortalProcess start(String name, Map<String, String> environment) {
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        int port = PortalJvm.freePort();
        List<String> command = PortalJvm.java(List.of(
                "-Xmx384m",
                "-Djava.io.tmpdir=" + target,
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"),
                "--addLibs", System.getProperty("portal.runtimeLibs"),
                "--prebootcommandfile", System.getProperty("portal.preboot"),
                "--postbootcommandfile", System.getProperty("portal.postboot"),
                "--nocluster",
                "--port", Integer.toString(port)));
        Map<String, String> settings = new HashMap<>();
        settings.put("PORTAL_BOOTSTRAP_AGENT_EMAIL", AGENT_EMAIL);
        settings.put("PORTAL_BOOTSTRAP_AGENT_PASSWORD", BOOTSTRAP_AGENT_PASSWORD);
        // the second factor has an execution of its own; here the agent signs in with a password
        settings.put("PORTAL_SECOND_FACTOR_REQUIRED", "none");
        settings.put("PORTAL_PASSWORD_ITERATIONS", Integer.toString(PortalEnvironment.PASSWORD_ITERATIONS));
        settings.put("PORTAL_AUDIENCE_SYNC_SCHEDULE", "off");
        settings.put("PORTAL_COVERAGE_AUDIT_SCHEDULE", "off");
        settings.putAll(environment);
        return new PortalProcess(PortalJvm.start("the " + name + " portal", command, null, settings,
                target.resolve(name + "-portal.log"), port));
    }

    URI base() {
        return jvm.base();
    }

    /** The status of {@code /health/ready}, or 0 when nothing answered within the deadline. */
    int readiness() {
        return readinessAnswer().statusCode();
    }

    /** {@code /health/ready}'s answer; status 0 and no body when nothing answered within the deadline. */
    PortalJvm.Answer readinessAnswer() {
        return jvm.get("health/ready");
    }

    /** Polls readiness until it answers {@code status}; fails at the deadline or if the process ends. */
    void awaitReadiness(int status, Duration deadline) {
        jvm.await("readiness answering " + status, () -> readiness() == status, deadline, LOOK_EVERY);
    }

    /** Waits until the portal's log has a line this test matches; fails at the deadline. */
    void awaitLog(Predicate<String> line, Duration deadline) {
        jvm.await("the expected log line", () -> logLines().stream().anyMatch(line), deadline, LOOK_EVERY);
    }

    List<String> logLines() {
        return jvm.logLines();
    }

    /** Waits for the process to end by itself; answers its exit status. */
    int awaitExit(Duration deadline) {
        return jvm.awaitExit(deadline);
    }

    @Override
    public void close() {
        jvm.close();
    }
}
