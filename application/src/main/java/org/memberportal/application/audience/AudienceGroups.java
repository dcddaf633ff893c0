package org.memberportal.application.audience;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mailchimp's ids of the portal's interest category and of the interest behind each mailing, as
 * found or created by {@link AudienceGateway#ensureGroups()}. Ids are stable: a run may keep them.
 */
public record AudienceGroups(String categoryId, Map<Mailing, String> interestIds) {

    public AudienceGroups {
        Objects.requireNonNull(categoryId, "category id");
        EnumMap<Mailing, String> copy = new EnumMap<>(Mailing.class);
        copy.putAll(interestIds);
        for (Mailing mailing : Mailing.values()) {
            if (copy.get(mailing) == null) {
                throw new IllegalArgumentException("no interest id for " + mailing);
            }
        }
        interestIds = Map.copyOf(copy);
    }

    public String interestId(Mailing mailing) {
        return interestIds.get(mailing);
    }

    /** The mailing behind an interest id, empty for an interest the portal does not own. */
    public Optional<Mailing> mailingOf(String interestId) {
        return interestIds.entrySet().stream()
                .filter(entry -> entry.getValue().equals(interestId))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
