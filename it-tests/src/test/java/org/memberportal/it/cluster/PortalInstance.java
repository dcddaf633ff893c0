package org.memberportal.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.TestDatabase;

/**
 * One portal instance as an operator runs it: the runnable jar in its own JVM on its own loopback
 * port, configured through the environment. It can be killed as a crash kills it ({@code kill -9}:
 * no shutdown hook, no lock given back) and started again on the same port.
 */
final class PortalInstance implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(10);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path directory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    PortalInstance(String name, Path jar, int port, Map<String, String> environment, Path directory) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.directory = directory;
    }

    /**
     * The settings every instance of a cluster test shares: its own database and mailbox, the
     * bootstrap agent, the second factor off (it has an execution of its own), a quick outbox.
     */
    static Map<String, String> environment(TestDatabase database, Mailbox mailbox) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORTAL_DB_URL", database.url());
        environment.put("PORTAL_DB_USER", database.user());
        environment.put("PORTAL_DB_PASSWORD", database.password());
        environment.put("PORTAL_BOOTSTRAP_AGENT_EMAIL", PortalEnvironment.AGENT_EMAIL);
        environment.put("PORTAL_BOOTSTRAP_AGENT_PASSWORD", PortalEnvironment.BOOTSTRAP_AGENT_PASSWORD);
        environment.put("PORTAL_SECOND_FACTOR_REQUIRED", "none");
        environment.put("PORTAL_PUBLIC_URL", PortalEnvironment.PUBLIC_URL);
        environment.put("PORTAL_SMTP_HOST", "127.0.0.1");
        environment.put("PORTAL_SMTP_PORT", Integer.toString(mailbox.port()));
        environment.put("PORTAL_OUTBOX_POLL_INTERVAL", "PT0.5S");
        return environment;
    }

    /**
     * Two instances of the runnable jar with these settings, each in a folder of its own below
     * {@code directory}, started one after the other (the first migrates the schema and makes the
     * bootstrap agent) and ready.
     */
    static List<PortalInstance> startTwo(String name, Map<String, String> environment, Path directory)
            throws IOException {
        Path jar = Path.of(System.getProperty("portal.jar", "../adapters-rest/target/member-portal.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + ": adapters-rest's package phase builds it");
        }
        List<PortalInstance> two = new java.util.ArrayList<>();
        for (String n : List.of("1", "2")) {
            Files.createDirectories(directory.resolve(n));
            two.add(new PortalInstance(name + "-" + n, jar, freePort(), environment, directory.resolve(n)));
        }
        for (PortalInstance instance : two) {
            instance.start().awaitReady();
        }
        return two;
    }

    /** A loopback port nobody listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id of the running JVM, as a job's lock holder names it. */
    long pid() {
        return current().pid();
    }

    boolean isAlive() {
        return current().isAlive();
    }

    /** Starts the JVM; {@link #awaitReady()} waits for it to answer. */
    synchronized PortalInstance start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        try {
            starts++;
            Path tmp = Files.createDirectories(directory.resolve("tmp-" + starts));
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                    "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), "--port", Integer.toString(port)))
                    .directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("portal-" + starts + ".log").toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails when the JVM ends or at the deadline. */
    PortalInstance awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Process running = current();
            if (!running.isAlive()) {
                throw new IllegalStateException(name + " ended at start-up, exit " + running.exitValue() + "; see "
                        + log());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.pause(Duration.ofMillis(300));
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN);
    }

    /** Waits for the JVM to end by itself (a start it refused); answers its exit status. */
    int awaitExit(Duration deadline) {
        try {
            if (!current().waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " was still running after " + deadline + "; see " + log());
            }
            return current().exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The log of the latest start. */
    Path log() {
        return directory.resolve("portal-" + starts + ".log");
    }

    /** {@code kill -9}: the JVM ends at once, in the middle of whatever it does. */
    void kill() {
        Process running = current();
        running.destroyForcibly();
        try {
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " outlived kill -9");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized Process current() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process;
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
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
