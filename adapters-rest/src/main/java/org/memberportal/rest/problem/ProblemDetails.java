package org.memberportal.rest.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem, the body of every error the portal answers. It never carries a stack trace,
 * SQL or a class name: an unexpected failure gets a correlation id to find it in the log.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record ProblemDetails(String type, String title, int status, String detail, String instance,
        String correlationId, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
