package org.memberportal.rest.http;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.refusal.TooManyAttempts;

/**
 * The work that anonymous requests leave for after their answer (a "forgot password" request, a
 * Mailchimp delivery to confirm): a few threads of its own behind a bounded line, so that a flood
 * of such requests takes {@code portal.anonymous.workers} threads and as many database connections
 * at most, never the container's shared executors (which readiness and members' requests use). When
 * the line is full the request is refused with 429 and {@code Retry-After}, whatever it asked for,
 * so that the refusal tells nothing of the address it named.
 */
@ApplicationScoped
public class AnonymousWork {

    private static final Logger LOG = Logger.getLogger(AnonymousWork.class.getName());
    /** What a refused client is told to wait: about the time a full line takes to empty. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "portal.anonymous.workers")
    int workers;

    @Inject
    @ConfigProperty(name = "portal.anonymous.queue-size")
    int queueSize;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        int size = Math.max(1, workers);
        executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueSize)), threads, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code task} after the answer, or refuses the request with 429 when the line is full.
     * A failure of the task is logged; nobody waits for it.
     */
    public void submit(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, what + " could not be handled", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Refused " + what + ": the line of anonymous work is full");
            throw new TooManyAttempts(RETRY_AFTER, "The portal is busy; try again later.");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
