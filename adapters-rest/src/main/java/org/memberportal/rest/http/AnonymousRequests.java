package org.memberportal.rest.http;

import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * How many requests without a bearer token that may change something (a sign-in, an activation,
 * a reset, a webhook delivery) one instance serves at once. Each may hash a password (a tenth of a
 * second of a core or more) and hold a database connection; beyond this many, a request is refused
 * at once with 429 rather than wait, so that a flood of them keeps the request threads, the cores
 * and the connections for members' requests and readiness.
 */
final class AnonymousRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Semaphore permits;

    AnonymousRequests(int atOnce) {
        this.permits = new Semaphore(Math.max(1, atOnce));
    }

    /** Whether the request is one this bounds: anonymous, and not a read. */
    static boolean bounds(String method, String authorization) {
        return authorization == null && !SAFE_METHODS.contains(method);
    }

    /** A place among the requests served now, or false when all are taken; give it back with {@link #leave}. */
    boolean enter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }
}
