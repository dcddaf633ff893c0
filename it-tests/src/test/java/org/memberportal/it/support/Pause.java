package org.memberportal.it.support;

import java.time.Duration;

/** The pause between two looks of a wait that has a deadline of its own. */
public final class Pause {

    private Pause() {
    }

    /** Sleeps for {@code duration}; an interrupt ends the test. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
