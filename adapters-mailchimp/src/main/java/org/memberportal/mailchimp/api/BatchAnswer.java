package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** What a batch subscribe did: members created, members updated, and each member refused. */
public record BatchAnswer(
        @JsonbProperty("new_members") List<WrittenMember> newMembers,
        @JsonbProperty("updated_members") List<WrittenMember> updatedMembers,
        List<BatchError> errors,
        @JsonbProperty("total_created") Integer totalCreated,
        @JsonbProperty("total_updated") Integer totalUpdated,
        @JsonbProperty("error_count") Integer errorCount) {

    public BatchAnswer {
        newMembers = newMembers == null ? List.of() : List.copyOf(newMembers);
        updatedMembers = updatedMembers == null ? List.of() : List.copyOf(updatedMembers);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * A member created or updated, by the one field the portal reads of it: Mailchimp sends the
     * whole member, and its other fields (merge fields, interests, statistics) are skipped unread
     * rather than bound, five hundred times a batch.
     */
    public record WrittenMember(@JsonbProperty("email_address") String emailAddress) {
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
