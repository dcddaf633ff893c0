package org.memberportal.rest.problem;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;

/** A use case's "no", answered with the status its kind stands for. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    private static final Map<Refusal.Kind, Response.StatusType> STATUS = Map.of(
            Refusal.Kind.UNAUTHENTICATED, Status.UNAUTHORIZED,
            Refusal.Kind.NOT_PERMITTED, Status.FORBIDDEN,
            Refusal.Kind.NOT_FOUND, Status.NOT_FOUND,
            Refusal.Kind.CONFLICT, Status.CONFLICT,
            Refusal.Kind.GONE, Status.GONE,
            Refusal.Kind.INVALID, Status.BAD_REQUEST,
            Refusal.Kind.THROTTLED, Status.TOO_MANY_REQUESTS,
            Refusal.Kind.TOO_LARGE, Status.REQUEST_ENTITY_TOO_LARGE);

    /** The status a refusal of this kind is answered with. */
    public static Response.StatusType statusOf(Refusal.Kind kind) {
        return STATUS.get(kind);
    }

    @Override
    public Response toResponse(Refusal refusal) {
        Response response = Problems.response(STATUS.get(refusal.kind()), refusal.problem(), refusal.getMessage());
        if (refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (refusal.kind() == Refusal.Kind.TOO_LARGE) {
            // the rest of the body is never read: the connection cannot serve another request
            return Response.fromResponse(response).header("Connection", "close").build();
        }
        if (refusal instanceof TooManyAttempts throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        return response;
    }
}
