package org.memberportal.mailchimp.api;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A member as read. Merge fields are objects because some kinds (an address, a number) are not
 * strings; the portal's own fields are.
 */
public record Member(
        String id,
        @JsonbProperty("email_address") String emailAddress,
        String status,
        @JsonbProperty("merge_fields") Map<String, Object> mergeFields,
        Map<String, Boolean> interests,
        @JsonbProperty("last_changed") String lastChanged) {

    public Member {
        mergeFields = mergeFields == null ? Map.of() : mergeFields;
        interests = interests == null ? Map.of() : interests;
    }
}
