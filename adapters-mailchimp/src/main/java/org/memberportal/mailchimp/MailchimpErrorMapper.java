package org.memberportal.mailchimp;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.memberportal.application.audience.AudienceFailure;

/** Turns every error answer of the Rest Client into a transient or permanent audience failure. */
class MailchimpErrorMapper implements ResponseExceptionMapper<AudienceFailure> {

    static final String REQUEST_ID = "X-Request-Id";

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public AudienceFailure toThrowable(Response response) {
        return ErrorClassifier.classify(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                bodyOf(response), response.getHeaderString(REQUEST_ID));
    }

    @Override
    public int getPriority() {
        return 1; // before the Rest Client's default mapper, which knows nothing of Mailchimp
    }

    private static String bodyOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (ProcessingException | IllegalStateException e) {
            return null; // an unreadable body is no Mailchimp problem: the status decides
        }
    }
}
