package org.memberportal.rest.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem, the body of every error the portal answers. It never carries a stack trace,
 * SQL or a class name: an unexpected failure gets a correlation id to find it in the log.
 */
@Schema(name = "Problem", requiredProperties = {"type", "title", "status"})
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record ProblemDetails(String type, String title, int status, String detail, String instance,
        String correlationId, List<FieldError> errors) {

    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(String field, String message) {
    }
}
