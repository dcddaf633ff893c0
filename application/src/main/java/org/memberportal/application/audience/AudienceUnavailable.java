package org.memberportal.application.audience;

/**
 * Mailchimp could not take the call now: throttled, overloaded, out of reach, or answering
 * with something that is not its API. Trying again later is right; the retries already made
 * before this was thrown are in the message.
 */
public final class AudienceUnavailable extends AudienceFailure {

    public AudienceUnavailable(String message) {
        super(message, null);
    }

    public AudienceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
