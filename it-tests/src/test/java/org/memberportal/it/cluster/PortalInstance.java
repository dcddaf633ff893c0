package org.memberportal.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.PortalJvm;
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
    private PortalJvm jvm;
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
        return PortalJvm.freePort();
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
        if (jvm != null && jvm.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        try {
            starts++;
            Path tmp = Files.createDirectories(directory.resolve("tmp-" + starts));
            jvm = PortalJvm.start(name, PortalJvm.java(List.of("-Xmx384m", "-Djava.io.tmpdir=" + tmp, "-jar",
                    jar.toString(), "--port", Integer.toString(port))), directory, environment, log(), port);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails when the JVM ends or at the deadline. */
    PortalInstance awaitReady() {
        PortalJvm running = current();
        running.await("readiness", () -> running.get("health/ready").statusCode() == 200, READY_WITHIN,
                Duration.ofMillis(300));
        return this;
    }

    /** Waits for the JVM to end by itself (a start it refused); answers its exit status. */
    int awaitExit(Duration deadline) {
        return current().awaitExit(deadline);
    }

    /** The log of the latest start. */
    Path log() {
        return directory.resolve("portal-" + starts + ".log");
    }

    /** {@code kill -9}: the JVM ends at once, in the middle of whatever it does. */
    void kill() {
        current().kill();
    }

    private synchronized PortalJvm current() {
        if (jvm == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return jvm;
    }

    @Override
    public synchronized void close() {
        if (jvm != null) {
            jvm.close();
        }
    }
}
