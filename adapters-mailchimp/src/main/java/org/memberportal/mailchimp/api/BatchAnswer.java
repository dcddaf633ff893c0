package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** What a batch subscribe did: members created, members updated, and each member refused. */
public record BatchAnswer(
        @JsonbProperty("new_members") List<Member> newMembers,
        @JsonbProperty("updated_members") List<Member> updatedMembers,
        List<BatchError> errors,
        @JsonbProperty("total_created") Integer totalCreated,
        @JsonbProperty("total_updated") Integer totalUpdated,
        @JsonbProperty("error_count") Integer errorCount) {

    public BatchAnswer {
        newMembers = newMembers == null ? List.of() : List.copyOf(newMembers);
        updatedMembers = updatedMembers == null ? List.of() : List.copyOf(updatedMembers);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One member refused; {@code error_code} is ERROR_CONTACT_EXISTS or ERROR_GENERIC. */
    public record BatchError(
            @JsonbProperty("email_address") String emailAddress,
            String error,
            @JsonbProperty("error_code") String errorCode,
            String field,
            @JsonbProperty("field_message") String fieldMessage) {
    }
}
