package org.memberportal.application.refusal;

import java.time.Duration;

/** A throttled request, with how long to wait before trying again. */
public class TooManyAttempts extends Refusal {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super(Kind.THROTTLED, ProblemCode.TOO_MANY_ATTEMPTS, "Too many failed attempts; try again later.");
        this.retryAfter = retryAfter;
    }

    /** Refused for another reason than failures (a busy portal), told in {@code message}. */
    public TooManyAttempts(Duration retryAfter, String message) {
        super(Kind.THROTTLED, ProblemCode.TOO_MANY_ATTEMPTS, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
