package org.memberportal.rest.problem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything unforeseen: the client gets a correlation id, the log gets the stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Optional<Response> conflict = DataConflicts.of(exception);
        if (conflict.isPresent()) {
            LOG.log(Level.INFO, "A request lost a race with another one", exception);
            return conflict.get();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        return internalError(correlationId);
    }

    static Response internalError(String correlationId) {
        return Problems.response(Status.INTERNAL_SERVER_ERROR, null,
                "Something went wrong on our side. Quote the correlation id when you contact support.",
                correlationId, List.of());
    }
}
