package org.memberportal.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;

import org.junit.jupiter.api.Test;

/** Every schedule's shape: a setting read as a duration or off, runs a fixed delay apart that a failure does not end. */
class RecurrenceTest {

    private final List<String> scheduled = new ArrayList<>();
    private final List<Runnable> tasks = new ArrayList<>();
    private final List<Boolean> cancelled = new ArrayList<>();

    @Test
    void theScheduleIsADurationOrOff() {
        assertThat(Recurrence.every("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Recurrence.every(" pt1h ")).isEqualTo(Duration.ofHours(1));
        assertThat(Recurrence.every("PT0.1S")).isEqualTo(Duration.ofSeconds(1));
        assertThat(Recurrence.every("off")).isNull();
        assertThat(Recurrence.every("")).isNull();
        assertThatThrownBy(() -> Recurrence.every("every 15 minutes")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void runsAreAFixedDelayApartTheFirstAfterItsOwnDelay() {
        Recurrence.start(scheduler(), Duration.ofMinutes(15), "a job", () -> { });
        Recurrence.start(scheduler(), Duration.ofMinutes(1), Duration.ofHours(1), "housekeeping", () -> { });

        assertThat(scheduled).containsExactly("fixed delay: first 900000, then 900000 MILLISECONDS",
                "fixed delay: first 60000, then 3600000 MILLISECONDS");
    }

    @Test
    void aFailingRunDoesNotEndTheSchedule() {
        List<String> ran = new ArrayList<>();
        Recurrence.start(scheduler(), Duration.ofSeconds(5), "a failing task", () -> {
            ran.add("run");
            throw new IllegalStateException("the database is away");
        });

        tasks.get(0).run();
        tasks.get(0).run();

        assertThat(ran).containsExactly("run", "run");
    }

    @Test
    void stoppingCancelsTheRunsToComeAndLetsOneUnderWayEnd() {
        Recurrence runs = Recurrence.start(scheduler(), Duration.ofSeconds(5), "a task", () -> { });

        runs.stop();
        Recurrence.NONE.stop();

        assertThat(cancelled).containsExactly(false);
    }

    /** The container's scheduler at the edge: records what it is asked and runs nothing by itself. */
    private ScheduledExecutorService scheduler() {
        ScheduledFuture<?> future = (ScheduledFuture<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScheduledFuture.class}, (proxy, method, args) -> {
                    if (method.getName().equals("cancel")) {
                        cancelled.add((Boolean) args[0]);
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (ScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("scheduleWithFixedDelay")) {
                        tasks.add((Runnable) args[0]);
                        scheduled.add("fixed delay: first " + args[1] + ", then " + args[2] + " " + args[3]);
                        return future;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
