package org.memberportal.application.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * What every store of attempt counters promises, the JPA one on each database and the application's
 * fake alike.
 */
public abstract class AttemptCountersContract {

    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    protected static final Duration WINDOW = Duration.ofHours(1);
    protected static final int GUESSERS = 8;

    /**
     * Runs {@code work} in a transaction of its own, as a login on another portal instance would;
     * transactions may run at once on several threads.
     */
    protected abstract <T> T inTransaction(Function<AttemptCounters, T> work);

    @Test
    void aKeyStartsAtNoughtAndKeepsWhatIsSaved() {
        String key = key();
        assertThat(read(key)).isEqualTo(AttemptCount.none(key));

        counters(c -> {
            c.save(c.lock(key).failedAt(T0, WINDOW, Duration.ofSeconds(4)));
            return null;
        });

        assertThat(read(key)).isEqualTo(new AttemptCount(key, 1, T0, T0.plusSeconds(4)));
        counters(c -> {
            c.clear(key);
            return null;
        });
        assertThat(counters(c -> c.read(key)).failures()).isZero();
    }

    /**
     * Each guess counts its failure in a transaction of its own, as parallel logins do; without the
     * row lock two of them would read the same count and write the same count plus one.
     */
    @Test
    void parallelFailuresOnOneKeyAreEachCounted() throws Exception {
        for (String key : List.of(key(), key())) {
            counters(c -> c.read(key));
            assertThat(countInParallel(key)).isEqualTo(GUESSERS);
            assertThat(countInParallel(key)).as("on a row that exists").isEqualTo(2 * GUESSERS);
        }
    }

    @Test
    void forgetsCountersAWhileAfterTheirLastFailureUnlessTheyStillWait() {
        String old = key();
        String waiting = key();
        String recent = key();
        counters(c -> {
            c.save(c.lock(old).failedAt(T0.minus(Duration.ofDays(2)), WINDOW, Duration.ZERO));
            c.save(c.lock(waiting).failedAt(T0.minus(Duration.ofDays(2)), WINDOW, Duration.ofDays(3)));
            c.save(c.lock(recent).failedAt(T0, WINDOW, Duration.ZERO));
            return null;
        });

        counters(c -> c.purgeBefore(T0.minus(Duration.ofDays(1))));

        assertThat(counters(c -> c.read(old)).failures()).isZero();
        assertThat(counters(c -> c.read(waiting)).failures()).isEqualTo(1);
        assertThat(counters(c -> c.read(recent)).failures()).isEqualTo(1);
    }

    private int countInParallel(String key) throws Exception {
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSERS);
        CyclicBarrier start = new CyclicBarrier(GUESSERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < GUESSERS; i++) {
                done.add(guessers.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return counters(c -> {
                        AttemptCount count = c.lock(key);
                        c.save(count.failedAt(T0, WINDOW, Duration.ZERO));
                        return null;
                    });
                }));
            }
            for (Future<?> guess : done) {
                guess.get(60, TimeUnit.SECONDS);
            }
        } finally {
            guessers.shutdownNow();
        }
        return counters(c -> c.read(key)).failures();
    }

    private AttemptCount read(String key) {
        return counters(c -> c.read(key));
    }

    private static String key() {
        return "account:someone" + System.nanoTime() + "@acme.example|client:203.0.113.1";
    }

    private <T> T counters(Function<AttemptCounters, T> call) {
        return inTransaction(call);
    }
}
