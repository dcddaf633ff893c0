package org.memberportal.application.notice;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.Mailing;

/**
 * A regular campaign to the portal's audience, narrowed to the members whose "Update notices"
 * group is on and, when {@code productTag} is given, whose PRODUCTS merge field contains it.
 * {@code notBefore}: no campaign of this title can be older, so a search for one made by an
 * earlier try starts there.
 */
public record CampaignSpec(String title, String subject, String previewText, AudienceGroups groups,
        String productTag, Instant notBefore) {

    public CampaignSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notBefore, "not before");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(groups, "groups");
        previewText = previewText == null ? "" : previewText;
    }

    public String interestId() {
        return groups.interestId(Mailing.UPDATE_NOTICES);
    }
}
