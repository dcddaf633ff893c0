package org.memberportal.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.memberportal.application.refusal.ProblemCode;

/**
 * JAX-RS's own errors (no such resource, method not allowed, unsupported media type, ...) as
 * problems, keeping their status and headers such as Allow.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() == Response.Status.NOT_FOUND.getStatusCode() && exception.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter does not convert (?limit=abc): the
            // resource exists, the request is wrong
            return Problems.response(Response.Status.BAD_REQUEST, ProblemCode.INVALID_REQUEST,
                    "A query or path parameter does not have the expected type.");
        }
        if (original.hasEntity()) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Response problem = Problems.response(status, null, detailOf(status.getStatusCode()));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not answer that method.";
            case 406 -> "This resource cannot answer in the media type asked for.";
            case 415 -> "This resource does not take that media type.";
            default -> "The request could not be handled.";
        };
    }
}
