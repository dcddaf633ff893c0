package org.memberportal.mailchimp.fake;

import java.time.Instant;
import java.util.Map;

/**
 * A member of the fake audience as it stands, for tests to look at. {@code complianceLocked}
 * tells that the API may no longer subscribe it (it left through Mailchimp, or was cleaned).
 */
public record FakeMember(String emailAddress, String subscriberHash, String status, Map<String, String> mergeFields,
        Map<String, Boolean> interests, Instant lastChanged, boolean complianceLocked) {

    public FakeMember {
        mergeFields = Map.copyOf(mergeFields);
        interests = Map.copyOf(interests);
    }

    public boolean isOptedInto(String interestId) {
        return Boolean.TRUE.equals(interests.get(interestId));
    }
}
