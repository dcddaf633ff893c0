package org.memberportal.mailchimp.api;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A member as written: one PUT's body, or one entry of a batch subscribe (which reads
 * {@code status} and ignores {@code status_if_new}). Null parts are left out of the JSON.
 */
public record MemberBody(
        @JsonbProperty("email_address") String emailAddress,
        @JsonbProperty("status_if_new") String statusIfNew,
        String status,
        @JsonbProperty("merge_fields") Map<String, String> mergeFields,
        Map<String, Boolean> interests) {
}
