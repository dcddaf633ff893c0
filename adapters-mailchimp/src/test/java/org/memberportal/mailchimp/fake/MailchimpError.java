package org.memberportal.mailchimp.fake;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An error answer as Mailchimp gives it: a problem with Mailchimp's own title and detail. Inside
 * a batch subscribe the same refusal becomes one entry of {@code errors[]}, with an error code.
 */
final class MailchimpError extends RuntimeException {

    static final String ERROR_DOCS = "https://mailchimp.com/developer/marketing/docs/errors/";
    static final String GENERIC = "ERROR_GENERIC";
    static final String CONTACT_EXISTS = "ERROR_CONTACT_EXISTS";
    private static final String SCHEMA_DETAIL =
            "The resource submitted could not be validated. For field-specific details, see the 'errors' array.";

    private final int status;
    private final String title;
    private final String field;
    private final String fieldMessage;
    private final String batchCode;
    private final Map<String, String> headers;

    private MailchimpError(int status, String title, String detail, String field, String fieldMessage,
            String batchCode, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
        this.fieldMessage = fieldMessage;
        this.batchCode = batchCode;
        this.headers = headers;
    }

    static MailchimpError of(int status, String title, String detail) {
        return new MailchimpError(status, title, detail, null, null, GENERIC, Map.of());
    }

    static MailchimpError notFound() {
        return of(404, "Resource Not Found", "The requested resource could not be found.");
    }

    static MailchimpError invalid(String detail) {
        return of(400, "Invalid Resource", detail);
    }

    /** A schema violation: Mailchimp's generic text, with the field at fault in {@code errors}. */
    static MailchimpError invalidField(String field, String message) {
        return new MailchimpError(400, "Invalid Resource", SCHEMA_DETAIL, field, message, GENERIC, Map.of());
    }

    static MailchimpError memberExists(String email) {
        return of(400, "Member Exists", email + " is already a list member. Use PUT to insert or update list members.");
    }

    /** What a batch without {@code update_existing} says of a member already there. */
    static MailchimpError contactExists(String email) {
        return new MailchimpError(400, "Member Exists", email
                + " is already a list member, do you want to update? please provide update_existing:true in the request body",
                null, null, CONTACT_EXISTS, Map.of());
    }

    static MailchimpError complianceState(String email) {
        return of(400, "Member In Compliance State", email
                + " is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.");
    }

    static MailchimpError forgotten(String email) {
        return of(400, "Forgotten Email Not Subscribed", email
                + " was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.");
    }

    static MailchimpError looksFake(String email) {
        return invalid(email + " looks fake or invalid, please enter a real email address.");
    }

    static MailchimpError methodNotAllowed(String detail, String allow) {
        return new MailchimpError(405, "Method Not Allowed", detail, null, null, GENERIC, Map.of("Allow", allow));
    }

    FakeResponse toResponse(String requestId) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", ERROR_DOCS)
                .add("title", title)
                .add("status", status)
                .add("detail", getMessage())
                .add("instance", requestId);
        if (field != null) {
            problem.add("errors", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("field", field).add("message", fieldMessage)));
        }
        return FakeResponse.problem(status, problem.build()).withHeaders(headers);
    }

    /** This refusal as one entry of a batch subscribe's {@code errors[]}. */
    JsonObject toBatchError(String email) {
        String error = field == null ? getMessage() : field + ": " + fieldMessage;
        return Json.createObjectBuilder()
                .add("email_address", email == null ? "" : email)
                .add("error", error)
                .add("error_code", batchCode)
                .add("field", field == null ? "" : field)
                .add("field_message", fieldMessage == null ? "" : fieldMessage)
                .build();
    }
}
