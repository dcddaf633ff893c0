package org.memberportal.application.jobs;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task that the container's scheduler runs again and again, each run a fixed delay after the
 * previous one ended, so that two runs never overlap. A run that throws is logged and the next one
 * runs as usual: a thrown exception would otherwise cancel every later run. The shape of every
 * schedule of the portal: the jobs' and the outbox relay's, the session housekeeping's.
 */
public final class Recurrence {

    /** Nothing scheduled: what a schedule holds before it starts, or when it is off. */
    public static final Recurrence NONE = new Recurrence(null);

    private static final Logger LOG = Logger.getLogger(Recurrence.class.getName());
    private static final Duration SHORTEST = Duration.ofSeconds(1);

    private final ScheduledFuture<?> runs;

    private Recurrence(ScheduledFuture<?> runs) {
        this.runs = runs;
    }

    /**
     * A schedule setting read: an ISO-8601 duration of at least a second, or null when the setting
     * is blank or {@code off}.
     */
    public static Duration every(String setting) {
        String value = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("OFF")) {
            return null;
        }
        Duration every = Duration.parse(value);
        return every.compareTo(SHORTEST) < 0 ? SHORTEST : every;
    }

    /** Runs {@code task} every {@code delay}, the first time one delay from now. */
    public static Recurrence start(ScheduledExecutorService scheduler, Duration delay, String what, Runnable task) {
        return start(scheduler, delay, delay, what, task);
    }

    /** Runs {@code task} first after {@code first}, then {@code delay} after each run ended. */
    public static Recurrence start(ScheduledExecutorService scheduler, Duration first, Duration delay, String what,
            Runnable task) {
        Objects.requireNonNull(what);
        Objects.requireNonNull(task);
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed; the next run follows as scheduled", e);
            }
        };
        return new Recurrence(scheduler.scheduleWithFixedDelay(guarded, first.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    /** Stops the runs to come; one under way ends as usual. */
    public void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
