package org.memberportal.it.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load through wrk (Debian's package, installed when missing, as the CI script would), so the
 * load generator costs little of the two cores it shares with the portal. Its figures are parsed
 * from its {@code --latency} report.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)");

    private final Path workDirectory;

    private Wrk(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** The load generator, installed with apt-get when it is not on the path. */
    static Wrk ready(Path workDirectory) throws IOException, InterruptedException {
        if (!available()) {
            System.out.println("wrk is missing: apt-get install -y wrk");
            String sudo = "root".equals(System.getProperty("user.name")) ? null : "sudo";
            if (run(withSudo(sudo, "apt-get", "install", "-y", "wrk"), Duration.ofMinutes(5)) != 0) {
                run(withSudo(sudo, "apt-get", "update"), Duration.ofMinutes(5));
                run(withSudo(sudo, "apt-get", "install", "-y", "wrk"), Duration.ofMinutes(5));
            }
            if (!available()) {
                throw new IllegalStateException("wrk could not be installed");
            }
        }
        return new Wrk(workDirectory);
    }

    /** What one run measured. */
    record Figures(double requestsPerSecond, Duration p50, Duration p99, long errors, String socketErrors) {

        String summary() {
            return String.format(Locale.ROOT, "%,.0f/s, p50 %s, p99 %s", requestsPerSecond, PortalBenchmark.ms(p50),
                    PortalBenchmark.ms(p99)) + (errors > 0 ? ", " + errors + " non-2xx" : "")
                    + (socketErrors != null ? ", socket errors" + socketErrors : "");
        }
    }

    Figures load(URI url, String token, int threads, int connections, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url.toString());
        Path output = Files.createTempFile(workDirectory, "wrk-", ".txt");
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!wrk.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not end");
        }
        String report = Files.readString(output, StandardCharsets.UTF_8);
        Matcher rate = RATE.matcher(report);
        if (!rate.find()) {
            throw new IllegalStateException("no figures from wrk: " + report);
        }
        Matcher errors = ERRORS.matcher(report);
        Matcher socketErrors = SOCKET_ERRORS.matcher(report);
        return new Figures(Double.parseDouble(rate.group(1)), percentile(report, "50%"), percentile(report, "99%"),
                errors.find() ? Long.parseLong(errors.group(1)) : 0, socketErrors.find() ? socketErrors.group(1) : null);
    }

    private static Duration percentile(String report, String which) {
        Matcher line = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)").matcher(report);
        if (!line.find()) {
            throw new IllegalStateException("no " + which + " in wrk's report: " + report);
        }
        double value = Double.parseDouble(line.group(1));
        double nanos = switch (line.group(2)) {
            case "us" -> value * 1e3;
            case "ms" -> value * 1e6;
            default -> value * 1e9;
        };
        return Duration.ofNanos((long) nanos);
    }

    private static boolean available() throws InterruptedException {
        try {
            return run(List.of("wrk", "--version"), Duration.ofSeconds(10)) >= 0;
        } catch (IOException notThere) {
            return false;
        }
    }

    private static List<String> withSudo(String sudo, String... command) {
        List<String> all = new ArrayList<>();
        if (sudo != null) {
            all.addAll(List.of(sudo, "-n"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static int run(List<String> command, Duration within) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
