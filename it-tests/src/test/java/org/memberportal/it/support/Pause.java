package org.memberportal.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The pause between two looks of a wait that has a deadline of its own. */
public final class Pause {

    private Pause() {
    }

    /** Looks every 20 ms until {@code condition} holds; fails the test when it does not within {@code deadline}. */
    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            pause(Duration.ofMillis(20));
        }
    }

    /** Sleeps for {@code duration}; an interrupt ends the test. */
    public static void pause(Duration duration) {
        try {
            // a moment already past waits nothing
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
