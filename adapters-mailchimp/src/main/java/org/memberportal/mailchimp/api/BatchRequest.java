package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** A batch subscribe: at most 500 members; {@code update_existing} makes it an upsert. */
public record BatchRequest(List<MemberBody> members, @JsonbProperty("update_existing") boolean updateExisting) {
}
