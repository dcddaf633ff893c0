package org.memberportal.rest.problem;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.memberportal.application.refusal.ProblemCode;

/**
 * The last line before a 500: a failure caused by another request writing the same data at the
 * same moment (two approvals of one request) is the caller's 409, not the portal's fault. Most such
 * races are refused earlier, with their own type (a stale version at the persistence edge); this
 * catches what the database alone noticed: an integrity constraint, such as a unique key (SQLSTATE
 * class 23, the same on PostgreSQL and H2).
 */
final class DataConflicts {

    private DataConflicts() {
    }

    /** The problem code of the conflict behind {@code failure}, if a conflict is behind it. */
    static Optional<ProblemCode> codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(ProblemCode.CONCURRENT_CHANGE);
            }
        }
        return Optional.empty();
    }

    static Optional<Response> of(Throwable failure) {
        return codeOf(failure).map(code -> Problems.response(Status.CONFLICT, code,
                "Another request made the same change at the same moment. Read it again."));
    }
}
