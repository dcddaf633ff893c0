package org.memberportal.application.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay works the outbox: it claims {@code batchSize} due e-mails at a time, and claims
 * again as long as a claim came back full; a claimed batch is shared out over {@code connections}
 * SMTP connections sending side by side, each connection used for its whole share. Each claim holds
 * its e-mails for {@code claimFor} (longer than a batch can take to send: another instance takes
 * them over only after that); after a failed attempt the next one waits {@code firstRetry}, doubled
 * with each further failure up to {@code maxRetry}.
 */
public record RelayPolicy(int batchSize, Duration claimFor, Duration firstRetry, Duration maxRetry,
        int connections) {

    /** Most SMTP servers take a handful of connections from one client; some refuse more. */
    public static final int MAX_CONNECTIONS = 16;

    /**
     * 100 e-mails a claim over 4 connections; retries after 30 s, 1 min, 2 min, 4 min ... then every
     * hour.
     */
    public static final RelayPolicy STANDARD = new RelayPolicy(100, Duration.ofMinutes(5), Duration.ofSeconds(30),
            Duration.ofHours(1), 4);

    public RelayPolicy {
        Objects.requireNonNull(claimFor, "claimFor");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        if (batchSize < 1) {
            throw new IllegalArgumentException("a claim takes at least one e-mail");
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("the relay sends over 1 to " + MAX_CONNECTIONS + " SMTP connections, not "
                    + connections);
        }
        if (!positive(claimFor) || !positive(firstRetry) || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the claim and retry delays must be positive, the maximum no shorter");
        }
    }

    /** The same policy with another number of connections. */
    public RelayPolicy withConnections(int count) {
        return new RelayPolicy(batchSize, claimFor, firstRetry, maxRetry, count);
    }

    /** The same policy with another first retry delay. */
    public RelayPolicy withFirstRetry(Duration delay) {
        return new RelayPolicy(batchSize, claimFor, delay, maxRetry, connections);
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** The wait before the next attempt, after {@code failedAttempts} failed ones (at least one). */
    public Duration retryDelayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one failed attempt");
        }
        Duration delay = firstRetry;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) < 0 ? delay : maxRetry;
    }
}
