package org.memberportal.it.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.memberportal.it.support.PortalJvm;

/**
 * The runnable jar as shipped, started in its own JVM with settings from the environment (as an
 * operator runs it), plus the benchmark's bare WAR on the same Payara Micro; and the few calls the
 * benchmark makes to it. Every wait has a deadline; all traffic goes to 127.0.0.1.
 */
final class PortalProcess implements AutoCloseable {

    private final PortalJvm jvm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private PortalProcess(PortalJvm jvm) {
        this.jvm = jvm;
    }

    static PortalProcess start(Path jar, Path bareWar, int port, Map<String, String> environment, Path workDirectory,
            Duration readyWithin) throws IOException {
        Path tmp = Files.createDirectories(workDirectory.resolve("tmp"));
        List<String> options = new ArrayList<>(List.of("-Djava.io.tmpdir=" + tmp));
        // e.g. -Dbench.portal.jvm=-XX:StartFlightRecording=filename=portal.jfr: a profile of the run
        String jvmOptions = System.getProperty("bench.portal.jvm", "").strip();
        if (!jvmOptions.isEmpty()) {
            options.addAll(List.of(jvmOptions.split("\\s+")));
        }
        options.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port), "--deploy",
                bareWar.toString()));
        PortalJvm jvm = PortalJvm.start("the portal", PortalJvm.java(options), workDirectory, environment,
                workDirectory.resolve("portal.log"), port);
        jvm.await("readiness with the bare WAR deployed", () -> jvm.get("health/ready").statusCode() == 200
                && jvm.get("bare/items").statusCode() == 200, readyWithin, Duration.ofMillis(500));
        return new PortalProcess(jvm);
    }

    URI base() {
        return jvm.base();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("api/v1/sessions", null,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new IllegalStateException("log-in answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer.body()).getString("token");
    }

    /** The CPU time the portal's JVM has used so far, every thread of it. */
    Duration cpu() {
        return jvm.cpu();
    }

    /** A job execution as the jobs API reports it. */
    record Execution(String id, String status, String exitStatus, Instant startedAt, Instant endedAt, long readCount,
            long writeCount, Duration wall, String steps) {

        boolean ended() {
            return switch (status) {
                case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
                default -> false;
            };
        }

        /** The run's own time, as the batch runtime stamped it. */
        Duration took() {
            return startedAt == null || endedAt == null ? wall : Duration.between(startedAt, endedAt);
        }
    }

    /** Starts a job through the agents' jobs API and waits for its end; stops it at the deadline. */
    Execution runJob(String agentToken, String jobName, Duration within) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> started = post("api/v1/admin/jobs/" + jobName + "/executions", agentToken, "{}");
        if (started.statusCode() != 202) {
            throw new IllegalStateException(jobName + " did not start: " + started.statusCode() + " " + started.body());
        }
        String id = json(started.body()).getString("executionId");
        Instant deadline = Instant.now().plus(within);
        Execution execution = execution(agentToken, id, start);
        while (!execution.ended() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            execution = execution(agentToken, id, start);
        }
        if (!execution.ended()) {
            post("api/v1/admin/jobs/executions/" + id + "/stop", agentToken, "{}");
            // the next measurement starts once this run has let its lock go
            Instant stopped = Instant.now().plus(Duration.ofMinutes(2));
            for (Execution now = execution; !now.ended() && Instant.now().isBefore(stopped);
                    now = execution(agentToken, id, start)) {
                Thread.sleep(500);
            }
        }
        return execution;
    }

    private Execution execution(String agentToken, String id, long start) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("api/v1/admin/jobs/executions/" + id, agentToken);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("execution " + id + ": " + answer.statusCode() + " " + answer.body());
        }
        JsonObject view = json(answer.body());
        return new Execution(id, view.getString("status"), view.getString("exitStatus", null),
                instant(view, "startedAt"), instant(view, "endedAt"), count(view, "readCount"), count(view, "writeCount"),
                wall, steps(view));
    }

    /** Each step's name and time, "lock 0.02 s; pull 5.91 s; ...", as the batch runtime stamped them. */
    private static String steps(JsonObject view) {
        JsonObject progress = view.isNull("progress") ? null : view.getJsonObject("progress");
        if (progress == null || progress.isNull("steps")) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        for (JsonObject step : progress.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            Instant started = instant(step, "startedAt");
            Instant ended = instant(step, "endedAt");
            steps.add(step.getString("name") + " "
                    + (started == null || ended == null ? "?" : PortalBenchmark.seconds(Duration.between(started, ended))));
        }
        return String.join("; ", steps);
    }

    private static long count(JsonObject view, String name) {
        return !view.containsKey(name) || view.isNull(name) ? 0 : view.getJsonNumber(name).longValue();
    }

    private static Instant instant(JsonObject view, String name) {
        return !view.containsKey(name) || view.isNull(name) ? null : Instant.parse(view.getString(name));
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        jvm.close();
    }
}
