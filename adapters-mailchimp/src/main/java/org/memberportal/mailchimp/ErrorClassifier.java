package org.memberportal.mailchimp;

import java.util.Locale;

import org.memberportal.application.audience.AudienceFailure;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.RejectionReason;

/**
 * Sorts Mailchimp's error answers into the two kinds that matter: transient ones (try again
 * later: throttling, server errors, a proxy's HTML page, a lost connection) and permanent ones
 * (the same request will be refused again: a compliance state, a forgotten or fake-looking
 * address, a bad key). The answer's texts are Mailchimp's documented titles.
 */
final class ErrorClassifier {

    static final String COMPLIANCE_STATE = "Member In Compliance State";
    static final String FORGOTTEN = "Forgotten Email Not Subscribed";
    static final String INVALID_RESOURCE = "Invalid Resource";
    static final String FAKE_OR_INVALID = "looks fake or invalid";

    private ErrorClassifier() {
    }

    static AudienceFailure classify(int status, String contentType, String body, String requestId) {
        String call = "Mailchimp answered " + status + requestOf(requestId);
        if (status == 429) {
            return new AudienceUnavailable(call + ": too many requests");
        }
        if (status >= 500) {
            return new AudienceUnavailable(call + ": server error");
        }
        return Problem.parse(contentType, body)
                .<AudienceFailure>map(problem -> rejection(status, problem, call))
                // at very high volume Mailchimp's edge answers 403 or others without its JSON
                .orElseGet(() -> new AudienceUnavailable(call + " without an API error body"));
    }

    /** A connection refused, reset or timed out, or an answer that could not be read. */
    static AudienceUnavailable ofTransportFailure(Exception failure) {
        return new AudienceUnavailable("Mailchimp could not be reached or read: " + failure.getMessage(), failure);
    }

    /** The reason in one entry of a batch subscribe's {@code errors[]}, judged by its message. */
    static RejectionReason reasonOfMemberError(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("compliance state")) {
            return RejectionReason.COMPLIANCE_STATE;
        }
        if (text.contains("permanently deleted") || text.contains("forgotten")) {
            return RejectionReason.FORGOTTEN;
        }
        if (text.contains(FAKE_OR_INVALID)) {
            return RejectionReason.INVALID_ADDRESS;
        }
        return RejectionReason.OTHER;
    }

    private static AudienceRejection rejection(int status, Problem problem, String call) {
        String message = call + ": " + problem.title() + (problem.detail().isEmpty() ? "" : " (" + problem.detail() + ")");
        return new AudienceRejection(reasonOf(status, problem), message);
    }

    private static RejectionReason reasonOf(int status, Problem problem) {
        if (status == 401 || status == 403) {
            return RejectionReason.ACCESS_DENIED;
        }
        if (status == 404) {
            return RejectionReason.NOT_FOUND;
        }
        if (COMPLIANCE_STATE.equalsIgnoreCase(problem.title())) {
            return RejectionReason.COMPLIANCE_STATE;
        }
        if (FORGOTTEN.equalsIgnoreCase(problem.title())) {
            return RejectionReason.FORGOTTEN;
        }
        if (INVALID_RESOURCE.equalsIgnoreCase(problem.title()) && problem.detailMentions(FAKE_OR_INVALID)) {
            return RejectionReason.INVALID_ADDRESS;
        }
        return RejectionReason.OTHER;
    }

    private static String requestOf(String requestId) {
        return requestId == null || requestId.isBlank() ? "" : " to request " + requestId;
    }
}
