package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.audience.AudienceFailure;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.RejectionReason;

class ErrorClassifierTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest(name = "{0} {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | Member In Compliance State     | jane@example.com is in a compliance state.            | COMPLIANCE_STATE | permanent
            400 | Forgotten Email Not Subscribed | jane@example.com was permanently deleted.             | FORGOTTEN        | permanent
            400 | Invalid Resource               | jane@example.com looks fake or invalid, please enter. | INVALID_ADDRESS  | permanent
            400 | Invalid Resource               | Your merge fields were invalid.                       | OTHER            | permanent
            400 | Member Exists                  | jane@example.com is already a list member.            | OTHER            | permanent
            401 | API Key Missing                | Your request did not include an API key.              | ACCESS_DENIED    | permanent
            401 | API Key Invalid                | Your API key may be invalid.                          | ACCESS_DENIED    | permanent
            403 | Forbidden                      | You are not permitted to access this resource.        | ACCESS_DENIED    | permanent
            404 | Resource Not Found             | The requested resource could not be found.            | NOT_FOUND        | permanent
            405 | Method Not Allowed             | This member cannot be archived.                       | OTHER            | permanent
            429 | Too Many Requests              | You have exceeded the limit of 10 connections.        |                  | transient
            500 | Internal Server Error          | An unexpected internal error has occurred.            |                  | transient
            503 | Service Unavailable            | Please try again.                                     |                  | transient
            """)
    void sortsMailchimpsProblems(int status, String title, String detail, RejectionReason reason, String kind) {
        AudienceFailure failure = ErrorClassifier.classify(status, PROBLEM, problem(status, title, detail), "req-1");

        if (kind.equals("permanent")) {
            assertThat(failure).isInstanceOfSatisfying(AudienceRejection.class,
                    rejection -> assertThat(rejection.reason()).isEqualTo(reason));
        } else {
            assertThat(failure).isInstanceOf(AudienceUnavailable.class);
        }
        assertThat(failure.getMessage()).contains(String.valueOf(status)).contains("req-1");
    }

    @Test
    void anHtmlPageFromAnEdgeProxyIsTransientWhateverItsStatus() {
        String html = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";

        assertThat(ErrorClassifier.classify(503, "text/html", html, null)).isInstanceOf(AudienceUnavailable.class);
        assertThat(ErrorClassifier.classify(403, "text/html", html, null)).isInstanceOf(AudienceUnavailable.class);
        assertThat(ErrorClassifier.classify(400, "application/json", html, null)).isInstanceOf(AudienceUnavailable.class);
    }

    @Test
    void anAnswerWithoutABodyIsTransient() {
        assertThat(ErrorClassifier.classify(403, null, null, null)).isInstanceOf(AudienceUnavailable.class);
        assertThat(ErrorClassifier.classify(429, null, "", null)).isInstanceOf(AudienceUnavailable.class);
    }

    @Test
    void aLostConnectionIsTransient() {
        ProcessingException lost = new ProcessingException(new ConnectException("Connection refused"));

        assertThat(ErrorClassifier.ofTransportFailure(lost)).isInstanceOf(AudienceUnavailable.class).hasCause(lost);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jane@example.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed. | COMPLIANCE_STATE
            jane@example.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list. | FORGOTTEN
            jane@example.com looks fake or invalid, please enter a real email address. | INVALID_ADDRESS
            jane@example.com is already a list member. Use PUT to insert or update list members. | OTHER
            """)
    void readsTheReasonOfOneMemberOfABatch(String message, RejectionReason reason) {
        assertThat(ErrorClassifier.reasonOfMemberError(message)).isEqualTo(reason);
    }

    private static String problem(int status, String title, String detail) {
        return """
                {"type": "https://mailchimp.com/developer/marketing/docs/errors/", "title": "%s", "status": %d,
                 "detail": "%s", "instance": "req-1"}""".formatted(title, status, detail);
    }
}
