package org.memberportal.it.support;

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
import java.util.function.BooleanSupplier;

/**
 * A portal in a JVM of its own, as operators run it: a command line, settings from the environment,
 * its output in a log file, answering on a loopback port. Every wait has a deadline and fails when
 * the JVM ends first; {@link #close()} stops it as an operator does, {@link #kill()} as a crash does.
 */
public final class PortalJvm implements AutoCloseable {

    /** What the portal answered; status 0 and no body when nothing answered within the deadline. */
    public record Answer(int statusCode, String body) {
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private PortalJvm(String name, Process process, Path log, URI base) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** The {@code java} of this JVM's own runtime, then {@code arguments}. */
    public static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    /** A loopback port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts {@code command} in {@code directory} (null: this JVM's) with {@code environment} over
     * this JVM's, its output to {@code log}, for a portal that listens on {@code port}.
     */
    public static PortalJvm start(String name, List<String> command, Path directory, Map<String, String> environment,
            Path log, int port) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            // a test JVM stopped half-way must not leave its portal running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new PortalJvm(name, process, log, URI.create("http://127.0.0.1:" + port + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    public Path log() {
        return log;
    }

    /** The process id of the JVM, as a job's lock holder names it. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The CPU time the JVM has used so far, every thread of it. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** A GET of {@code path} without credentials, answered within 10 seconds or not at all. */
    public Answer get(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body());
        } catch (IOException notListeningYet) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The log's lines so far; none while it cannot be read. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Looks every {@code every} until {@code condition} holds; fails when the JVM ends or at the deadline. */
    public void await(String what, BooleanSupplier condition, Duration within, Duration every) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended with exit " + process.exitValue() + " before " + what
                        + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + ": " + what + " did not come within " + within + "; see " + log);
            }
            Pause.pause(every);
        }
    }

    /** Waits for the JVM to end by itself (a start it refused); answers its exit status. */
    public int awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " was still running after " + deadline + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: the JVM ends at once, in the middle of whatever it does, without its shutdown hooks. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " outlived kill -9");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the JVM as an operator does (its shutdown hooks run), killing it when it takes too long. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
