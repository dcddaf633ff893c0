package org.memberportal.rest.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceEvent;
import org.memberportal.application.audience.RemoteChanges;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.domain.account.EmailAddress;

/**
 * The background confirmations with the container's executor replaced at the edge: tasks handed
 * over, delayed or not, wait in lists until the test runs them, so no test waits on a clock.
 */
class WebhookConfirmationsTest {

    private final List<Long> waits = new ArrayList<>();
    private final List<Runnable> ready = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private int unavailableFor;

    private final WebhookConfirmations confirmations = new WebhookConfirmations();

    WebhookConfirmationsTest() {
        confirmations.scheduler = executor();
        confirmations.events = event -> {
            handled.add(event.email().value());
            if (unavailableFor > 0) {
                unavailableFor--;
                throw new AudienceUnavailable("Mailchimp answers 503");
            }
            return RemoteChanges.Outcome.APPLIED;
        };
    }

    @Test
    void eventsAreHandledOneAtATimeInTheOrderTheyCame() {
        confirmations.confirmLater(unsubscribe("first@example.com"));
        confirmations.confirmLater(unsubscribe("second@example.com"));
        confirmations.confirmLater(unsubscribe("third@example.com"));

        assertThat(ready).as("one task takes the whole line").hasSize(1);
        runAll();
        assertThat(handled).containsExactly("first@example.com", "second@example.com", "third@example.com");
        assertThat(waits).isEmpty();
    }

    @Test
    void whileMailchimpCannotBeAskedAnEventIsTriedAgainAfterLongerWaitsThenLeftToThePull() {
        unavailableFor = Integer.MAX_VALUE;
        confirmations.confirmLater(unsubscribe("jane@example.com"));

        runAll();

        assertThat(handled).hasSize(WebhookConfirmations.ATTEMPTS);
        assertThat(waits).containsExactly(10_000L, 20_000L, 40_000L);
    }

    @Test
    void anEventConfirmedOnASecondAttemptIsNotTriedAgain() {
        unavailableFor = 1;
        confirmations.confirmLater(unsubscribe("jane@example.com"));
        runAll();

        assertThat(handled).containsExactly("jane@example.com", "jane@example.com");
        assertThat(waits).containsExactly(10_000L);
    }

    /** Runs what is ready, then what was delayed, until nothing is left. */
    private void runAll() {
        while (!ready.isEmpty() || !later.isEmpty()) {
            (ready.isEmpty() ? later : ready).remove(0).run();
        }
    }

    private static AudienceEvent unsubscribe(String email) {
        return new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, Instant.now(), EmailAddress.of(email), null);
    }

    /** Only the two methods the confirmations use; any other call fails the test. */
    private ManagedScheduledExecutorService executor() {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "execute" -> ready.add((Runnable) args[0]);
                        case "schedule" -> {
                            waits.add(((TimeUnit) args[2]).toMillis((Long) args[1]));
                            later.add((Runnable) args[0]);
                        }
                        default -> throw new AssertionError("unexpected " + method);
                    }
                    return null;
                });
    }
}
