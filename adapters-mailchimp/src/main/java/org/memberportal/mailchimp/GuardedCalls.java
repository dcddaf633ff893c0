package org.memberportal.mailchimp;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;

/**
 * Every call to Mailchimp goes through {@link #run}: one method, so one bulkhead holds the whole
 * adapter to Mailchimp's 10 simultaneous connections per key (a bulkhead per method would allow
 * 10 per endpoint), and transient failures are retried with a jittered delay. A unit passed in
 * must be safe to run again: a read, an upsert, or a find-then-create.
 *
 * <p>MicroProfile Fault Tolerance 4.0, which Payara 6 implements, retries after a fixed delay
 * plus a random jitter; it has no growing (exponential) delay. The values below can be changed
 * without a build through MicroProfile Config, e.g.
 * {@code org.memberportal.mailchimp.GuardedCalls/run/Retry/delay}.
 */
@ApplicationScoped
public class GuardedCalls {

    static final int MAX_CONCURRENT_CALLS = 10;

    // All in milliseconds: Payara checks maxDuration > delay on the bare numbers, units ignored.
    @Retry(maxRetries = 10, delay = 500, jitter = 400, delayUnit = ChronoUnit.MILLIS,
            maxDuration = 300_000, durationUnit = ChronoUnit.MILLIS,
            retryOn = {AudienceUnavailable.class, BulkheadException.class}, abortOn = AudienceRejection.class)
    @Bulkhead(MAX_CONCURRENT_CALLS)
    public <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw failureOf(e);
        }
    }

    /**
     * The Rest Client wraps what it could not do in a ProcessingException: a connection problem,
     * an unreadable answer, or, in some paths, the failure our error mapper made.
     */
    private static RuntimeException failureOf(ProcessingException e) {
        if (e.getCause() instanceof AudienceUnavailable unavailable) {
            return unavailable;
        }
        if (e.getCause() instanceof AudienceRejection rejection) {
            return rejection;
        }
        return ErrorClassifier.ofTransportFailure(e);
    }
}
