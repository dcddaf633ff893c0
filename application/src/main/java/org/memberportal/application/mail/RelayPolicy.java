package org.memberportal.application.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay works the outbox: at most {@code batchSize} e-mails a round; each attempt claims
 * its e-mail for {@code claimFor} (longer than any SMTP exchange can take: another instance takes
 * it over only after that); after a failed attempt the next one waits {@code firstRetry}, doubled
 * with each further failure up to {@code maxRetry}.
 */
public record RelayPolicy(int batchSize, Duration claimFor, Duration firstRetry, Duration maxRetry) {

    /** 20 e-mails a round; retries after 30 s, 1 min, 2 min, 4 min ... then every hour. */
    public static final RelayPolicy STANDARD = new RelayPolicy(20, Duration.ofMinutes(5), Duration.ofSeconds(30),
            Duration.ofHours(1));

    public RelayPolicy {
        Objects.requireNonNull(claimFor, "claimFor");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        if (batchSize < 1) {
            throw new IllegalArgumentException("a round sends at least one e-mail");
        }
        if (!positive(claimFor) || !positive(firstRetry) || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the claim and retry delays must be positive, the maximum no shorter");
        }
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
