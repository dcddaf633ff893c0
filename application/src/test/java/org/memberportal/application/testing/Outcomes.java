package org.memberportal.application.testing;

import org.memberportal.application.refusal.Refusal;

/** A use case's outcome as the HTTP status the REST face answers for it, for table-style tests. */
public final class Outcomes {

    private Outcomes() {
    }

    /** 200 when the call goes through, else the status of its refusal's kind. */
    public static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (Refusal refusal) {
            return switch (refusal.kind()) {
                case UNAUTHENTICATED -> 401;
                case NOT_PERMITTED -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case GONE -> 410;
                case INVALID -> 400;
                case THROTTLED -> 429;
                case TOO_LARGE -> 413;
            };
        }
    }
}
