package org.memberportal.it.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rounds of load one endpoint took, run in turn with another's: this machine's speed drifts
 * within a minute, and two endpoints loaded one after the other would compare two machines. Each
 * round also counts the CPU time the portal and PostgreSQL spent on it.
 */
final class LoadSeries {

    private final PortalProcess portal;
    private final BenchData data;
    private final URI url;
    private final String token;
    private final List<Wrk.Figures> rounds = new ArrayList<>();
    private Duration portalCpu = Duration.ZERO;
    private Duration databaseCpu = Duration.ZERO;
    private double requests;

    LoadSeries(PortalProcess portal, BenchData data, URI url, String token) {
        this.portal = portal;
        this.data = data;
        this.url = url;
        this.token = token;
    }

    void round(Wrk wrk, int connections, Duration during) throws IOException, InterruptedException, SQLException {
        Duration portalAtStart = portal.cpu();
        Duration databaseAtStart = data.databaseCpu();
        Wrk.Figures figures = wrk.load(url, token, 2, connections, during);
        portalCpu = portalCpu.plus(portal.cpu().minus(portalAtStart));
        databaseCpu = databaseCpu.plus(data.databaseCpu().minus(databaseAtStart));
        requests += figures.requestsPerSecond() * during.toMillis() / 1000.0;
        rounds.add(figures);
    }

    /** The rounds together: the mean rate, the median of their percentiles. */
    Wrk.Figures figures() {
        return new Wrk.Figures(meanRate(),
                median(rounds.stream().map(Wrk.Figures::p50).toList()),
                median(rounds.stream().map(Wrk.Figures::p99).toList()),
                rounds.stream().mapToLong(Wrk.Figures::errors).sum(),
                rounds.stream().map(Wrk.Figures::socketErrors).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** This series' rate over the other's, together and round by round. */
    String rateAgainst(LoadSeries other) {
        String each = IntStream.range(0, Math.min(rounds.size(), other.rounds.size()))
                .mapToObj(i -> percent(rounds.get(i).requestsPerSecond() / other.rounds.get(i).requestsPerSecond()))
                .collect(Collectors.joining(", "));
        return percent(meanRate() / other.meanRate()) + " (rounds: " + each + ")";
    }

    /** Requests per second over all rounds: their mean, since they last as long. */
    private double meanRate() {
        return rounds.stream().mapToDouble(Wrk.Figures::requestsPerSecond).average().orElse(0);
    }

    String cpuPerRequest() {
        return String.format(Locale.ROOT, "%.2f ms; %.2f ms", portalCpu.toNanos() / 1e6 / requests,
                databaseCpu.toNanos() / 1e6 / requests);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    private static Duration median(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
    }
}
