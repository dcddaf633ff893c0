package org.memberportal.it.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The portal as operators run it: its own JVM, Payara Micro started with the options the runnable
 * jar is built with (ROOT.war, the data source and driver on the runtime's class path, the
 * post-boot commands, no data grid), configured by environment variables only.
 */
final class PortalProcess implements AutoCloseable {

    static final String AGENT_EMAIL = "outage.agent@vendor.example";
    static final String AGENT_PASSWORD = "outage-agent-long-password";
    static final String BOOTSTRAP_AGENT_PASSWORD = "outage-agent-bootstrap-password";

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PortalProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    static PortalProcess start(String name, Map<String, String> environment) {
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        int port = freePort();
        Path log = target.resolve(name + "-portal.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Djava.io.tmpdir=" + target,
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"),
                "--addLibs", System.getProperty("portal.runtimeLibs"),
                "--prebootcommandfile", System.getProperty("portal.preboot"),
                "--postbootcommandfile", System.getProperty("portal.postboot"),
                "--nocluster",
                "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORTAL_BOOTSTRAP_AGENT_EMAIL", AGENT_EMAIL);
        builder.environment().put("PORTAL_BOOTSTRAP_AGENT_PASSWORD", BOOTSTRAP_AGENT_PASSWORD);
        // the second factor has an execution of its own; here the agent signs in with a password
        builder.environment().put("PORTAL_SECOND_FACTOR_REQUIRED", "none");
        builder.environment().put("PORTAL_PASSWORD_ITERATIONS", Integer.toString(PortalEnvironment.PASSWORD_ITERATIONS));
        builder.environment().put("PORTAL_AUDIENCE_SYNC_SCHEDULE", "off");
        builder.environment().put("PORTAL_COVERAGE_AUDIT_SCHEDULE", "off");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            // a test JVM stopped half-way must not leave its portal running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new PortalProcess(process, log, URI.create("http://127.0.0.1:" + port + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    /** The status of {@code /health/ready}, or 0 when nothing answered within the deadline. */
    int readiness() {
        return readinessAnswer().statusCode();
    }

    /** {@code /health/ready}'s answer; status 0 and no body when nothing answered within the deadline. */
    Answer readinessAnswer() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body());
        } catch (IOException e) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int statusCode, String body) {
    }

    /** Polls readiness until it answers {@code status}; fails at the deadline or if the process ends. */
    void awaitReadiness(int status, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        while (readiness() != status) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal ended with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("readiness never answered " + status + " within " + deadline + "; see " + log);
            }
            Pause.pause(Duration.ofMillis(500));
        }
    }

    /** Waits until the portal's log has a line this test matches; fails at the deadline. */
    void awaitLog(Predicate<String> line, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        while (!logLines().stream().anyMatch(line)) {
            if (!process.isAlive() || Instant.now().isAfter(end)) {
                throw new AssertionError("the expected log line did not come within " + deadline + "; see " + log);
            }
            Pause.pause(Duration.ofMillis(500));
        }
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        } catch (UncheckedIOException e) {
            return List.of();
        }
    }

    /** Waits for the process to end by itself; answers its exit status. */
    int awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the portal was still running after " + deadline + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
