package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.RejectionReason;

/**
 * Fault Tolerance acts only inside the container; here: what it will see (the exception types
 * thrown) and how it is told to act on them.
 */
class GuardedCallsTest {

    private final GuardedCalls guarded = new GuardedCalls();

    @Test
    void aLostConnectionReachesTheRetryAsTransient() {
        Supplier<Object> timesOut = () -> {
            throw new ProcessingException(new SocketTimeoutException("Read timed out"));
        };

        assertThatThrownBy(() -> guarded.run(timesOut)).isInstanceOf(AudienceUnavailable.class);
    }

    @Test
    void aFailureTheErrorMapperMadeKeepsItsKindThroughTheRestClientsWrapping() {
        AudienceRejection refused = new AudienceRejection(RejectionReason.COMPLIANCE_STATE, "compliance");
        Supplier<Object> wrapped = () -> {
            throw new ProcessingException(refused);
        };

        assertThatThrownBy(() -> guarded.run(wrapped)).isSameAs(refused);
    }

    @Test
    void retriesTransientFailuresWithJitterAndNeverPermanentOnes() throws NoSuchMethodException {
        Retry retry = runMethod().getAnnotation(Retry.class);

        assertThat(retry.retryOn()).contains(AudienceUnavailable.class);
        assertThat(retry.abortOn()).containsExactly(AudienceRejection.class);
        assertThat(retry.jitter()).isPositive();
        assertThat(retry.maxRetries()).isPositive();
    }

    @Test
    void givesTheRetryTimeToRetryInUnitsPayaraReads() throws NoSuchMethodException {
        Retry retry = runMethod().getAnnotation(Retry.class);

        // Payara refuses the deployment unless maxDuration > delay as bare numbers, units ignored
        assertThat(retry.durationUnit()).isEqualTo(retry.delayUnit());
        assertThat(retry.maxDuration()).isGreaterThan(retry.maxRetries() * (retry.delay() + retry.jitter()));
    }

    @Test
    void holdsAllCallsToMailchimpsTenConnections() throws NoSuchMethodException {
        assertThat(runMethod().getAnnotation(Bulkhead.class).value()).isEqualTo(10);
        // one guarded method for every endpoint: a bulkhead per endpoint would allow more
        List<Method> guardedMethods = List.of(GuardedCalls.class.getDeclaredMethods()).stream()
                .filter(method -> method.isAnnotationPresent(Bulkhead.class))
                .toList();
        assertThat(guardedMethods).hasSize(1);
    }

    private static Method runMethod() throws NoSuchMethodException {
        return GuardedCalls.class.getMethod("run", Supplier.class);
    }
}
