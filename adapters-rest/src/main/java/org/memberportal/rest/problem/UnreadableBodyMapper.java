package org.memberportal.rest.problem;

import org.memberportal.application.refusal.ProblemCode;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or not of the expected shape, is the client's 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problems.response(Status.BAD_REQUEST, ProblemCode.MALFORMED_JSON,
                        "The request body is not well-formed JSON of the expected shape.");
            }
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Request processing failed, correlation id " + correlationId, exception);
        return UnexpectedExceptionMapper.internalError(correlationId);
    }
}
