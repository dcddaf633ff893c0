package org.memberportal.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.memberportal.application.refusal.ProblemCode;

/** Builds problem+json answers; the problem types the API names live here. */
public final class Problems {

    public static final String PROBLEM_JSON_TYPE = "application/problem+json";

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(PROBLEM_JSON_TYPE);

    /** Base of the portal's own problem types; plain HTTP errors use about:blank (RFC 9457). */
    public static final String TYPE_BASE = "https://member-portal.dev/problems/";

    private Problems() {
    }

    public static String type(ProblemCode code) {
        return code == null ? "about:blank" : TYPE_BASE + code.wire();
    }

    public static Response response(Response.StatusType status, ProblemCode code, String detail) {
        return response(status, code, detail, null, List.of());
    }

    public static Response response(Response.StatusType status, ProblemCode code, String detail, String correlationId,
            List<ProblemDetails.FieldError> errors) {
        ProblemDetails body = new ProblemDetails(type(code), status.getReasonPhrase(), status.getStatusCode(), detail,
                null, correlationId, errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode()).type(PROBLEM_JSON).entity(body).build();
    }
}
