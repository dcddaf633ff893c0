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
    /**
     * The public operations that may change something ({@code @Public}): bounded whatever headers
     * they carry, since a made-up {@code Authorization} header opens none of them and must not let
     * a request past the bound.
     */
    private static final Set<String> PUBLIC_WRITES = Set.of("/api/v1/sessions", "/api/v1/activations",
            "/api/v1/password-resets", "/api/v1/password-resets/confirm");
    private static final String WEBHOOKS = "/api/v1/webhooks/";

    private final Semaphore permits;

    AnonymousRequests(int atOnce) {
        this.permits = new Semaphore(Math.max(1, atOnce));
    }

    /** Whether the request is one this bounds: not a read, and without a bearer token or to a public operation. */
    static boolean bounds(String method, String path, String authorization) {
        if (SAFE_METHODS.contains(method)) {
            return false;
        }
        String operation = operationOf(path);
        return authorization == null || PUBLIC_WRITES.contains(operation) || operation.startsWith(WEBHOOKS);
    }

    /** The path as JAX-RS matches it: without matrix parameters and trailing slashes. */
    private static String operationOf(String path) {
        int matrix = path.indexOf(';');
        String operation = matrix < 0 ? path : path.substring(0, matrix);
        while (operation.length() > 1 && operation.endsWith("/")) {
            operation = operation.substring(0, operation.length() - 1);
        }
        return operation;
    }

    /** A place among the requests served now, or false when all are taken; give it back with {@link #leave}. */
    boolean enter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }
}
