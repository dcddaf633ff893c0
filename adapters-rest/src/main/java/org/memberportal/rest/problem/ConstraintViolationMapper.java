package org.memberportal.rest.problem;

import org.memberportal.application.refusal.ProblemCode;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures of the request, one {field, message} per broken constraint. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ProblemDetails.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ProblemDetails.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetails.FieldError::field))
                .toList();
        return Problems.response(Status.BAD_REQUEST, ProblemCode.INVALID_REQUEST, "The request has invalid fields.", null,
                errors);
    }

    /** The last named node of the path: "logIn.body.email" is the field "email". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, PARAMETER -> field = node.getName();
                default -> {
                    // method, return value and containers name no field of the request
                }
            }
        }
        return field;
    }
}
