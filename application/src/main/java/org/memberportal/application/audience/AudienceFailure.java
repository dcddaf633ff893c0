package org.memberportal.application.audience;

/** A call to the audience that did not succeed as a whole. */
public abstract sealed class AudienceFailure extends RuntimeException permits AudienceUnavailable, AudienceRejection {

    protected AudienceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
